#pragma once

class QCoreApplication;

// The `zcrm-sandbox` command line: parses options, starts a SandboxServer, prints its URLs, serves.
class SandboxCli
{
public:
    static int run(QCoreApplication &app);
};
