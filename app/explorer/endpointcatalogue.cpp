#include "endpointcatalogue.h"

#include "crmrequest.h"
#include "explorerlogging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

static void initExplorerResources()
{
    // A static library's resources are registered only when something names them.
    Q_INIT_RESOURCE(explorer);
}

namespace {

QStringList segments(const QString &path)
{
    QString clean = CrmRequest::normalizedPath(path);
    clean.remove(0, int(qstrlen(CrmRequest::apiPrefix)));
    return clean.split(QLatin1Char('/'), Qt::SkipEmptyParts);
}

bool isPlaceholder(const QString &segment)
{
    return segment.startsWith(QLatin1Char('{')) && segment.endsWith(QLatin1Char('}'));
}

} // namespace

const EndpointCatalogue &EndpointCatalogue::builtIn()
{
    static const EndpointCatalogue catalogue = [] {
        initExplorerResources();
        QFile file(QStringLiteral(":/zcrm/explorer/crm-v8-endpoints.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcExplorer) << "the endpoint catalogue cannot be read:" << file.errorString();
            return EndpointCatalogue();
        }
        return fromJson(file.readAll());
    }();
    return catalogue;
}

EndpointCatalogue EndpointCatalogue::fromJson(const QByteArray &json)
{
    EndpointCatalogue catalogue;
    const QJsonArray endpoints =
        QJsonDocument::fromJson(json).object().value(QLatin1String("endpoints")).toArray();
    for (const QJsonValue &value : endpoints) {
        const QJsonObject object = value.toObject();
        Endpoint endpoint;
        endpoint.method = object.value(QLatin1String("method")).toString();
        endpoint.path = object.value(QLatin1String("path")).toString();
        endpoint.name = object.value(QLatin1String("name")).toString();
        endpoint.takesBody = object.value(QLatin1String("body")).toBool();
        for (const QJsonValue &p : object.value(QLatin1String("query")).toArray()) {
            const QJsonObject po = p.toObject();
            Parameter parameter;
            parameter.name = po.value(QLatin1String("name")).toString();
            parameter.type = po.value(QLatin1String("type")).toString();
            parameter.description = po.value(QLatin1String("description")).toString();
            parameter.required = po.value(QLatin1String("required")).toBool();
            for (const QJsonValue &v : po.value(QLatin1String("values")).toArray())
                parameter.values.append(v.toString());
            endpoint.query.append(parameter);
        }
        if (!endpoint.method.isEmpty() && !endpoint.path.isEmpty())
            catalogue.m_endpoints.append(endpoint);
    }
    return catalogue;
}

QStringList EndpointCatalogue::paths(const QStringList &modules, const QString &method) const
{
    QSet<QString> seen;
    QStringList out;
    const auto add = [&](const QString &path) {
        if (!seen.contains(path)) {
            seen.insert(path);
            out.append(path);
        }
    };
    for (const Endpoint &endpoint : m_endpoints) {
        if (!method.isEmpty() && endpoint.method != method)
            continue;
        const bool perModule = endpoint.path.contains(QLatin1String("{module_api_name}"));
        const bool moduleSettings = endpoint.path == QLatin1String("settings/modules/{api_name}");
        if (!perModule && !moduleSettings) {
            add(endpoint.path);
            continue;
        }
        for (const QString &module : modules) {
            QString path = endpoint.path;
            path.replace(QLatin1String(perModule ? "{module_api_name}" : "{api_name}"), module);
            add(path);
        }
    }
    out.sort(Qt::CaseInsensitive);
    return out;
}

const EndpointCatalogue::Endpoint *EndpointCatalogue::match(const QString &method, const QString &path) const
{
    const QStringList wanted = segments(path);
    const Endpoint *best = nullptr;
    int bestLiterals = -1;
    for (const Endpoint &endpoint : m_endpoints) {
        if (endpoint.method != method.toUpper())
            continue;
        const QStringList pattern = endpoint.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (pattern.size() != wanted.size())
            continue;
        int literals = 0;
        bool fits = true;
        for (int i = 0; i < pattern.size() && fits; ++i) {
            if (isPlaceholder(pattern.at(i)))
                continue;
            fits = pattern.at(i) == wanted.at(i);
            ++literals;
        }
        // Between equally literal templates ({id} and {external_field_value}), the one that
        // documents more query parameters.
        if (fits
            && (literals > bestLiterals
                || (literals == bestLiterals && best && endpoint.query.size() > best->query.size()))) {
            best = &endpoint;
            bestLiterals = literals;
        }
    }
    return best;
}

QStringList EndpointCatalogue::parameterNames(const QString &method, const QString &path) const
{
    QStringList names;
    if (const Endpoint *endpoint = match(method, path))
        for (const Parameter &parameter : endpoint->query)
            names.append(parameter.name);
    return names;
}

const EndpointCatalogue::Parameter *EndpointCatalogue::parameter(const QString &method, const QString &path,
                                                                 const QString &name) const
{
    if (const Endpoint *endpoint = match(method, path))
        for (const Parameter &parameter : endpoint->query)
            if (parameter.name == name)
                return &parameter;
    return nullptr;
}
