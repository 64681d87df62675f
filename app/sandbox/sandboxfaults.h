#pragma once

#include <QString>
#include <QStringList>

// Faults the sandbox injects into its answers, on demand.
// Each rate is a probability in [0, 1]; 1 means every matching request.
// Faults apply to the CRM API listeners; set `includeAccounts` to hit the accounts listeners too.
// The control endpoint /__sandbox/* is never faulted.
struct SandboxFaults
{
    int latencyMs = 0; // delay before each answer (and before a drop)
    int errorStatus = 0; // 5xx status to answer with (500, 502, 503, 504), 0 = none
    double errorRate = 0.0;
    double malformedRate = 0.0; // 200 with a truncated, unparsable JSON body
    double dropRate = 0.0; // close the connection without answering
    double throttleRate = 0.0; // 429 TOO_MANY_REQUESTS
    QString pathContains; // only requests whose path contains this (empty = all)
    bool includeAccounts = false;

    bool isNone() const;

    // Parses one `--fault` spec and merges it into this object; returns false and sets *error if bad.
    // Specs: latency=MS  status=CODE[:RATE]  malformed[=RATE]  drop[=RATE]  throttle[=RATE]
    //        path=SUBSTRING  accounts  none   (several may be joined with ',')
    bool apply(const QString &spec, QString *error = nullptr);

    static QString helpText();
    QString toString() const;
};
