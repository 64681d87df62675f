#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

// What the sandbox answers; `drop` closes the connection instead, after `delayMs`.
struct SandboxHttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    bool drop = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SandboxHttpResponse json(int status, const QJsonObject &object);
    static SandboxHttpResponse html(int status, const QString &html);
    static SandboxHttpResponse redirect(const QByteArray &location);
    static SandboxHttpResponse empty(int status); // 204, 304: no body
    // CRM's error envelope {"code","details","message","status":"error"}
    static SandboxHttpResponse crmError(int status, const QString &code, const QString &message,
                                        const QJsonObject &details = {});
    static QByteArray reasonPhrase(int status);
};
