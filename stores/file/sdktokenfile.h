#pragma once

#include "token.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// The Zoho SDK FileStore CSV (`auth/store/file_store.py` of zoho/zohocrm-python-sdk-8.0, `FileStore.java`
// of zoho/zohocrm-java-sdk-8.0) as tokens: the SDK's ten fields in the SDK's order, by
// column position as both SDKs read them. Three variants are read and written back as they were:
// - Python: header `…,expiry_time,redirect_uri,api_domain`, CRLF (csv module);
// - Java: header `…,expiry_time,redirect_url,api_domain`, LF (opencsv);
// - legacy 9 columns (SDK 2.x, no api_domain; `user_mail` or `user_name`), whose ids may be text
//   such as `python_ann_PRODUCTION_ab12`.
// Our own fields are not in this file (see TokenExtrasFile).
class SdkTokenFile
{
public:
    // How a file is laid out, so that a rewrite keeps the header text and line endings it had.
    struct Format
    {
        QStringList header; // as found; the Python SDK's for a new file
        QByteArray lineEnding; // "\r\n" (Python) or "\n" (Java)
        bool byteOrderMark = false;

        Format();
        // A 9-column file of SDK 2.x: no api_domain column.
        bool isLegacy() const { return header.size() == 9; }
        // "Python SDK CSV (redirect_uri, CRLF, 10 columns)", for StoreCheck.
        QString describe() const;
    };

    struct Contents
    {
        Format format;
        TokenList tokens; // in file order
        int errorLine = 0;
        QString error; // empty when the file is an SDK token file

        bool ok() const { return error.isEmpty(); }
    };

    // An empty file is an empty store with the Python layout, as the SDK treats it.
    static Contents parse(const QByteArray &bytes);
    static QByteArray serialize(const Format &format, const TokenList &tokens);
    // The parts of serialize(): the byte order mark and header line, and one token's line.
    static QByteArray serializeHeader(const Format &format);
    static QByteArray serializeRow(const Format &format, const Token &token);

    // The header the Python SDK writes: id,user_name,…,redirect_uri,api_domain.
    static QStringList pythonHeader();
};
