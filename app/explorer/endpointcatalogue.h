#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The CRM v8 endpoints the explorer knows, derived from Zoho's OpenAPI files by
// tools/make-endpoint-catalogue.py into resources/explorer/crm-v8-endpoints.json: methods, path
// templates ("{module_api_name}/search") and their query parameters. Completes paths (templates
// filled with the org's own modules) and the parameters of the endpoint a path matches.
class EndpointCatalogue
{
public:
    struct Parameter
    {
        QString name;
        QString type;
        QString description;
        QStringList values; // an enum's values
        bool required = false;
    };
    struct Endpoint
    {
        QString method;
        QString path; // template below /crm/v8/, e.g. "{module_api_name}/{id}"
        QString name;
        QList<Parameter> query;
        bool takesBody = false;
    };

    // The catalogue built into the library (empty when the resource cannot be read).
    static const EndpointCatalogue &builtIn();
    // From the JSON the tool writes; empty on a parse error.
    static EndpointCatalogue fromJson(const QByteArray &json);

    const QList<Endpoint> &endpoints() const { return m_endpoints; }
    bool isEmpty() const { return m_endpoints.isEmpty(); }

    // Concrete paths for completion: every template with {module_api_name} (and {api_name} in
    // settings/modules) filled with each of `modules`; other placeholders stay as written. Sorted,
    // unique. `method` empty = every method.
    QStringList paths(const QStringList &modules, const QString &method = QString()) const;

    // The endpoint `path` (concrete, e.g. "Leads/search" or "/crm/v8/Leads/123") matches for
    // `method`; a literal segment beats a placeholder. Null when none matches.
    const Endpoint *match(const QString &method, const QString &path) const;
    // Its query parameters' names, or none.
    QStringList parameterNames(const QString &method, const QString &path) const;
    const Parameter *parameter(const QString &method, const QString &path, const QString &name) const;

private:
    QList<Endpoint> m_endpoints;
};
