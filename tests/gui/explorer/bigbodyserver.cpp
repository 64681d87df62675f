#include "bigbodyserver.h"

#include "remotepeerthread.h"

#include <QSemaphore>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
QSemaphore s_listening;
}

BigBodyServer::BigBodyServer(QObject *parent)
    : QThread(parent)
{ }

BigBodyServer::~BigBodyServer()
{
    quit();
    wait();
}

QByteArray BigBodyServer::makeListBody(qint64 bytes, int *records)
{
    QByteArray body;
    body.reserve(bytes + 4096);
    body += "{\"data\":[";
    int count = 0;
    while (body.size() < bytes) {
        if (count > 0)
            body += ',';
        const QByteArray n = QByteArray::number(count);
        body += "{\"id\":\"36523970000" + n.rightJustified(8, '0') + "\",\"Last_Name\":\"Name " + n
            + "\",\"First_Name\":\"Ann\",\"Email\":\"user" + n + "@example.com\",\"Company\":\"Company " + n
            + "\",\"Annual_Revenue\":" + QByteArray::number(count * 17 % 100000)
            + ",\"Email_Opt_Out\":false,\"Owner\":{\"name\":\"Amelia Admin\",\"id\":\"3652397000000000001\"},"
              "\"Lead_Source\":\"Web Download\",\"Description\":null}";
        ++count;
    }
    body += "],\"info\":{\"per_page\":" + QByteArray::number(count)
        + ",\"count\":" + QByteArray::number(count) + ",\"page\":1,\"more_records\":false}}";
    if (records)
        *records = count;
    return body;
}

bool BigBodyServer::startWith(const QByteArray &body)
{
    m_body = body;
    start();
    s_listening.acquire();
    return m_url.isValid();
}

void BigBodyServer::run()
{
    RemotePeerThread::yieldToTheApplication();
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort()));
    s_listening.release();
    const QByteArray head =
        "HTTP/1.1 200 OK\r\nContent-Type: application/json;charset=utf-8\r\nContent-Length: "
        + QByteArray::number(m_body.size()) + "\r\n\r\n";
    connect(&server, &QTcpServer::newConnection, &server, [&server, head, this] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            auto *request = new QByteArray;
            connect(socket, &QTcpSocket::readyRead, socket, [socket, request, head, this] {
                *request += socket->readAll();
                // One answer per request head; the client keeps the connection for the next.
                while (request->contains("\r\n\r\n")) {
                    request->remove(0, request->indexOf("\r\n\r\n") + 4);
                    socket->write(head);
                    socket->write(m_body);
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, [socket, request] {
                delete request;
                socket->deleteLater();
            });
        }
    });
    exec();
}
