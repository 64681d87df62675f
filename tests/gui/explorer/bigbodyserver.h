#pragma once

#include <QByteArray>
#include <QThread>
#include <QUrl>

// A loopback HTTP server on its own thread that answers every request with one fixed JSON body
// (a CRM list of `records` records), so that a client can be measured on a response of any size
// over real HTTP. Point a token's api_domain at url().
class BigBodyServer : public QThread
{
    Q_OBJECT
public:
    explicit BigBodyServer(QObject *parent = nullptr);
    ~BigBodyServer() override;

    // A CRM list answer of about `bytes` bytes: {"data":[{…},…],"info":{…}}.
    static QByteArray makeListBody(qint64 bytes, int *records = nullptr);

    bool startWith(const QByteArray &body);
    QUrl url() const { return m_url; }
    const QByteArray &body() const { return m_body; }

protected:
    void run() override;

private:
    QByteArray m_body;
    QUrl m_url;
};
