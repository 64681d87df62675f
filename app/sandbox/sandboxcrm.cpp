#include "sandboxcrm.h"

#include "sandboxcondition.h"
#include "sandboxcoqlquery.h"
#include "sandboxlogging.h"
#include "sandboxsearchcriteria.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int MaxPerPage = 200;
constexpr int MaxPageRecords = 2000; // reachable with `page`; beyond needs page_token
constexpr int MaxTokenRecords = 100000; // reachable with page_token
constexpr int MaxFields = 50;
constexpr int MaxWriteRecords = 100;
constexpr int DayCredits = 50000;
constexpr qint64 PageTokenLifetimeMs = 24LL * 3600 * 1000;

SandboxHttpResponse invalidToken()
{
    return SandboxHttpResponse::crmError(401, QStringLiteral("INVALID_TOKEN"),
                                         QStringLiteral("invalid oauth token"));
}

SandboxHttpResponse scopeMismatch()
{
    return SandboxHttpResponse::crmError(401, QStringLiteral("OAUTH_SCOPE_MISMATCH"),
                                         QStringLiteral("invalid oauth scope to access this URL"));
}

SandboxHttpResponse invalidModule(const QString &name)
{
    return SandboxHttpResponse::crmError(400, QStringLiteral("INVALID_MODULE"),
                                         QStringLiteral("The module name given seems to be invalid"),
                                         { { "resource_path_index", 0 }, { "module", name } });
}

SandboxHttpResponse paramMissing(const QString &param)
{
    return SandboxHttpResponse::crmError(400, QStringLiteral("REQUIRED_PARAM_MISSING"),
                                         QStringLiteral("One of the expected parameter is missing"),
                                         { { "param_name", param } });
}

SandboxHttpResponse invalidParam(const QString &param, const QString &message, QJsonObject details = {})
{
    details.insert(QStringLiteral("param_name"), param);
    return SandboxHttpResponse::crmError(400, QStringLiteral("INVALID_DATA"), message, details);
}

SandboxHttpResponse badMethod()
{
    return SandboxHttpResponse::crmError(405, QStringLiteral("INVALID_REQUEST_METHOD"),
                                         QStringLiteral("The http request method type is not a valid one"));
}

SandboxHttpResponse badUrl()
{
    return SandboxHttpResponse::crmError(
        404, QStringLiteral("INVALID_URL_PATTERN"),
        QStringLiteral("Please check if the URL trying to access is a correct one"));
}

// ZohoCRM.<area...>.<OPERATION>: a granted scope covers a needed one when its area is a prefix and its
// operation is ALL, the same, or WRITE for a write.
bool covers(const QStringList &granted, const QString &area, const QString &operation)
{
    static const QStringList ops { "ALL", "READ", "CREATE", "UPDATE", "DELETE", "WRITE", "CUSTOM" };
    const QStringList need = area.toLower().split(QLatin1Char('.'));
    for (const QString &scope : granted) {
        QStringList parts = scope.split(QLatin1Char('.'));
        if (parts.size() < 2 || parts.first().compare(QLatin1String("ZohoCRM"), Qt::CaseInsensitive) != 0)
            continue;
        parts.removeFirst();
        QString op = QStringLiteral("ALL");
        if (ops.contains(parts.last().toUpper()))
            op = parts.takeLast().toUpper();
        if (parts.size() > need.size())
            continue;
        bool prefix = true;
        for (int i = 0; i < parts.size() && prefix; ++i)
            prefix = parts.at(i).toLower() == need.at(i);
        if (!prefix)
            continue;
        if (op == QLatin1String("ALL") || op == operation
            || (op == QLatin1String("WRITE") && operation != QLatin1String("READ")))
            return true;
    }
    return false;
}

qint64 parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::RFC2822Date);
    return t.isValid() ? t.toMSecsSinceEpoch() : -1;
}

QJsonObject successDetails(const QJsonObject &record)
{
    return { { "Modified_Time", record.value(QLatin1String("Modified_Time")) },
             { "Modified_By", record.value(QLatin1String("Modified_By")) },
             { "Created_Time", record.value(QLatin1String("Created_Time")) },
             { "id", record.value(QLatin1String("id")) },
             { "Created_By", record.value(QLatin1String("Created_By")) } };
}

QJsonObject recordError(const QString &code, const QString &message, const QJsonObject &details)
{
    return { { "code", code }, { "details", details }, { "message", message }, { "status", "error" } };
}

int bulkStatus(int ok, int failed, int allOkStatus)
{
    if (failed == 0)
        return allOkStatus;
    return ok == 0 ? 400 : 207;
}

} // namespace

struct SandboxCrm::Call
{
    const SandboxHttpRequest &request;
    QString dc;
    QStringList path; // segments after /crm/v8/
    const SandboxAccounts::AccessToken *token = nullptr;
    SandboxRecordStore *store = nullptr;
    int module = -1; // the route's {module}
    QHash<QString, QString> captured; // the route's other {segments}

    QString param(const char *name) const
    {
        return request.query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    }
    bool hasParam(const char *name) const { return request.query.hasQueryItem(QLatin1String(name)); }
    bool allowed(const QString &area, const char *operation) const
    {
        return covers(token->scopes, area, QLatin1String(operation));
    }
};

SandboxCrm::SandboxCrm(SandboxAccounts *accounts, QStringList dataCenters)
    : m_accounts(accounts)
    , m_dcs(std::move(dataCenters))
{
    m_stores.resize(size_t(m_dcs.size()));
}

SandboxCrm::~SandboxCrm() = default;

SandboxRecordStore &SandboxCrm::store(const QString &dc)
{
    const int i = int(m_dcs.indexOf(dc));
    auto &slot = m_stores[size_t(i)];
    if (!slot)
        slot = std::make_unique<SandboxRecordStore>(&m_schema, seed, recordsPerModule, i);
    return *slot;
}

int SandboxCrm::recordCount(const QString &dc, const QString &module)
{
    const int m = m_schema.moduleIndex(module);
    return m < 0 ? -1 : store(dc).count(m);
}

SandboxHttpResponse SandboxCrm::handle(const SandboxHttpRequest &request, const QString &dc)
{
    ++requests;
    if (!request.path.startsWith(QLatin1String("/crm/v8/")))
        return badUrl();
    const QByteArray auth = request.header("authorization");
    QString tokenText;
    if (auth.startsWith("Zoho-oauthtoken ") || auth.startsWith("Bearer "))
        tokenText = QString::fromLatin1(auth.mid(auth.indexOf(' ') + 1).trimmed());
    const SandboxAccounts::AccessToken *token = m_accounts->findAccessToken(tokenText);
    // A token of another DC is unknown here, exactly like a made-up one.
    if (!token || !m_accounts->isAccessTokenLive(*token) || token->dc != dc)
        return invalidToken();

    Call call { request, dc,         request.path.mid(8).split(QLatin1Char('/'), Qt::SkipEmptyParts),
                token,   &store(dc), -1,
                {} };
    call.store->ensureUser(token->email);
    SandboxHttpResponse response = route(call);

    int &used = m_credits[dc];
    if (response.status < 400)
        ++used;
    response.setHeader("Server", "ZGS");
    response.setHeader("Cache-Control", "no-store, no-cache, must-revalidate, private");
    response.setHeader("X-ACCESSTOKEN-RESET", SandboxRecordStore::isoTime(token->expiresAtMs).toLatin1());
    response.setHeader("X-RATELIMIT-DAY-LIMIT", QByteArray::number(DayCredits));
    response.setHeader("X-RATELIMIT-DAY-REMAINING", QByteArray::number(qMax(0, DayCredits - used)));
    if (response.status == 200 && !response.body.isEmpty())
        response.setHeader("Content-Disposition", "attachment; filename=response.json");
    return response;
}

// The CRM v8 resources the sandbox serves, by path after /crm/v8/. A path whose first segment is a
// literal of this table belongs to that resource; any other first segment is a module's API name.
const QList<SandboxCrm::Route> &SandboxCrm::routes()
{
    using Pattern = SandboxRoutePattern;
    static const QList<Route> table {
        { "GET", Pattern(QStringLiteral("settings/modules/{name?}")), QStringLiteral("settings.modules"),
          "READ", [](SandboxCrm &crm, Call &call) { return crm.moduleSettings(call); } },
        { "GET", Pattern(QStringLiteral("settings/fields/{id?}")), QStringLiteral("settings.fields"), "READ",
          [](SandboxCrm &crm, Call &call) { return crm.fieldSettings(call); } },
        { "GET", Pattern(QStringLiteral("settings/layouts/{id?}")), QStringLiteral("settings.layouts"),
          "READ", [](SandboxCrm &crm, Call &call) { return crm.layoutSettings(call); } },
        { "GET", Pattern(QStringLiteral("users/{id?}")), QStringLiteral("users"), "READ",
          [](SandboxCrm &crm, Call &call) {
              return crm.users(call, call.captured.value(QStringLiteral("id")));
          } },
        { "GET", Pattern(QStringLiteral("org")), QStringLiteral("org"), "READ",
          [](SandboxCrm &crm, Call &call) { return crm.org(call); } },
        { "POST", Pattern(QStringLiteral("coql")), QString(), nullptr,
          [](SandboxCrm &crm, Call &call) { return crm.coql(call); } },
        { "GET", Pattern(QStringLiteral("{module}/search")), QStringLiteral("{module}"), "READ",
          [](SandboxCrm &crm, Call &call) { return crm.search(call, call.module); } },
        { "GET", Pattern(QStringLiteral("{module}")), QStringLiteral("{module}"), "READ",
          [](SandboxCrm &crm, Call &call) { return crm.listRecords(call, call.module); } },
        { "POST", Pattern(QStringLiteral("{module}")), QStringLiteral("{module}"), "CREATE",
          [](SandboxCrm &crm, Call &call) { return crm.writeRecords(call, call.module, QString()); } },
        { "PUT", Pattern(QStringLiteral("{module}")), QStringLiteral("{module}"), "UPDATE",
          [](SandboxCrm &crm, Call &call) { return crm.writeRecords(call, call.module, QString()); } },
        { "DELETE", Pattern(QStringLiteral("{module}")), QStringLiteral("{module}"), "DELETE",
          [](SandboxCrm &crm, Call &call) { return crm.deleteRecords(call, call.module, QString()); } },
        { "GET", Pattern(QStringLiteral("{module}/{id}")), QStringLiteral("{module}"), "READ",
          [](SandboxCrm &crm, Call &call) {
              return crm.getRecord(call, call.module, call.captured.value(QStringLiteral("id")));
          } },
        { "PUT", Pattern(QStringLiteral("{module}/{id}")), QStringLiteral("{module}"), "UPDATE",
          [](SandboxCrm &crm, Call &call) {
              return crm.writeRecords(call, call.module, call.captured.value(QStringLiteral("id")));
          } },
        { "DELETE", Pattern(QStringLiteral("{module}/{id}")), QStringLiteral("{module}"), "DELETE",
          [](SandboxCrm &crm, Call &call) {
              return crm.deleteRecords(call, call.module, call.captured.value(QStringLiteral("id")));
          } },
    };
    return table;
}

// Zoho's order: an unknown path is 404, an unknown module 400, a known path with another method 405,
// then the scopes (401 OAUTH_SCOPE_MISMATCH), then the handler's own checks.
SandboxHttpResponse SandboxCrm::route(Call &call)
{
    const QStringList &path = call.path;
    if (path.isEmpty())
        return badUrl();
    const QList<Route> &table = routes();
    const bool literal = std::any_of(table.cbegin(), table.cend(),
                                     [&](const Route &r) { return r.pattern.literalHead() == path.first(); });
    if (!literal) {
        call.module = m_schema.moduleIndex(path.first());
        if (call.module < 0)
            return invalidModule(path.first());
    }
    // The first pattern that matches is the resource ("{module}/search" before "{module}/{id}"); its
    // rows differ by method only.
    const SandboxRoutePattern *resource = nullptr;
    for (const Route &r : table) {
        if (literal == r.pattern.literalHead().isEmpty())
            continue;
        if (resource && r.pattern.text() != resource->text())
            continue;
        auto captured = r.pattern.match(path);
        if (!captured)
            continue;
        resource = &r.pattern;
        if (r.method != call.request.method)
            continue;
        call.captured = std::move(*captured);
        if (r.operation) {
            const QString area = r.area == QLatin1String("{module}")
                ? QStringLiteral("modules.") + m_schema.modules().at(call.module).apiName.toLower()
                : r.area;
            if (!call.allowed(area, r.operation))
                return scopeMismatch();
        }
        return r.handler(*this, call);
    }
    return resource ? badMethod() : badUrl();
}

SandboxHttpResponse SandboxCrm::moduleSettings(Call &call)
{
    QJsonArray modules;
    if (const QString name = call.captured.value(QStringLiteral("name")); !name.isEmpty()) {
        const SandboxSchema::Module *m = m_schema.module(name);
        if (!m)
            return SandboxHttpResponse::empty(204);
        QJsonObject full = m_schema.moduleJson(*m);
        QJsonArray fields;
        for (int i = 0; i < m->fields.size(); ++i)
            fields.append(m_schema.fieldJson(*m, m->fields.at(i), i));
        full.insert(QStringLiteral("fields"), fields);
        modules.append(full);
    } else {
        for (const auto &m : m_schema.modules())
            modules.append(m_schema.moduleJson(m));
    }
    return SandboxHttpResponse::json(200, { { "modules", modules } });
}

const SandboxSchema::Module *SandboxCrm::moduleParam(Call &call, SandboxHttpResponse *refusal) const
{
    if (!call.hasParam("module")) {
        *refusal = paramMissing(QStringLiteral("module"));
        return nullptr;
    }
    const SandboxSchema::Module *m = m_schema.module(call.param("module"));
    if (!m)
        *refusal = invalidModule(call.param("module"));
    return m;
}

SandboxHttpResponse SandboxCrm::fieldSettings(Call &call)
{
    SandboxHttpResponse refusal;
    const SandboxSchema::Module *m = moduleParam(call, &refusal);
    if (!m)
        return refusal;
    const QString id = call.captured.value(QStringLiteral("id"));
    QJsonArray fields;
    for (int i = 0; i < m->fields.size(); ++i) {
        const QJsonObject f = m_schema.fieldJson(*m, m->fields.at(i), i);
        if (!id.isEmpty() && f.value(QLatin1String("id")).toString() != id)
            continue;
        fields.append(f);
    }
    if (fields.isEmpty())
        return SandboxHttpResponse::empty(204);
    return SandboxHttpResponse::json(200, { { "fields", fields } });
}

SandboxHttpResponse SandboxCrm::layoutSettings(Call &call)
{
    SandboxHttpResponse refusal;
    const SandboxSchema::Module *m = moduleParam(call, &refusal);
    if (!m)
        return refusal;
    return SandboxHttpResponse::json(200, { { "layouts", QJsonArray { m_schema.layoutJson(*m) } } });
}

QJsonObject SandboxCrm::project(const QJsonObject &record,
                                const QList<const SandboxSchema::Field *> &fields) const
{
    if (fields.isEmpty())
        return record;
    QJsonObject out;
    for (const SandboxSchema::Field *f : fields)
        out.insert(f->apiName, record.value(f->apiName));
    out.insert(QStringLiteral("id"), record.value(QLatin1String("id")));
    return out;
}

QString SandboxCrm::pageToken(const QJsonObject &state) const
{
    const QByteArray payload = QJsonDocument(state).toJson(QJsonDocument::Compact);
    const QByteArray mac =
        QCryptographicHash::hash(payload + QByteArray::number(seed), QCryptographicHash::Sha1).left(6);
    return QString::fromLatin1((payload + '|' + mac.toHex())
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QJsonObject> SandboxCrm::readPageToken(const QString &token) const
{
    const QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    const qsizetype bar = raw.lastIndexOf('|');
    if (bar < 0)
        return std::nullopt;
    const QByteArray payload = raw.left(bar);
    const QByteArray mac =
        QCryptographicHash::hash(payload + QByteArray::number(seed), QCryptographicHash::Sha1).left(6);
    if (mac.toHex() != raw.mid(bar + 1))
        return std::nullopt;
    return QJsonDocument::fromJson(payload).object();
}

// What a GET {module} asks for, once its parameters are read.
struct SandboxCrm::ListQuery
{
    QList<const SandboxSchema::Field *> fields; // empty: every field
    bool byIds = false;
    int perPage = MaxPerPage;
    QString sortBy = QStringLiteral("id");
    QString sortOrder = QStringLiteral("asc");
    qint64 since = -1; // If-Modified-Since, ms; -1: none
    int offset = 0;
    int page = 1;
    qint64 now = 0;
    QList<quint64> ids; // selected, in order (selectIds)
    QHash<quint64, QJsonObject> records; // those already read
};

SandboxHttpResponse SandboxCrm::listRecords(Call &call, int module)
{
    ListQuery query;
    if (auto refused = readListQuery(call, module, query))
        return *refused;
    if (auto answered = selectIds(call, module, query))
        return *answered;
    return listPage(call, module, query);
}

std::optional<SandboxHttpResponse> SandboxCrm::readListQuery(Call &call, int module, ListQuery &query)
{
    const SandboxSchema::Module &mod = m_schema.modules().at(module);
    query.byIds = call.hasParam("ids");
    if (!call.hasParam("fields") && !query.byIds)
        return paramMissing(QStringLiteral("fields"));
    if (call.hasParam("fields")) {
        const QStringList names = call.param("fields").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (names.isEmpty())
            return paramMissing(QStringLiteral("fields"));
        if (names.size() > MaxFields)
            return SandboxHttpResponse::crmError(400, QStringLiteral("LIMIT_EXCEEDED"),
                                                 QStringLiteral("Max field limit exceeded"),
                                                 { { "param_name", "fields" }, { "limit", MaxFields } });
        for (const QString &n : names) {
            const SandboxSchema::Field *f = m_schema.field(mod, n.trimmed());
            if (!f)
                return invalidParam(QStringLiteral("fields"), QStringLiteral("invalid data"),
                                    { { "api_name", n } });
            if (!query.fields.contains(f))
                query.fields.append(f);
        }
    }
    if (call.hasParam("per_page")) {
        bool ok = false;
        query.perPage = call.param("per_page").toInt(&ok);
        if (!ok || query.perPage < 1 || query.perPage > MaxPerPage)
            return invalidParam(QStringLiteral("per_page"), QStringLiteral("invalid data"),
                                { { "maximum", MaxPerPage }, { "minimum", 1 } });
    }
    if (call.hasParam("page") && call.hasParam("page_token"))
        return invalidParam(QStringLiteral("page_token"),
                            QStringLiteral("page and page_token cannot be given together"));

    if (call.hasParam("sort_by")) {
        query.sortBy = call.param("sort_by");
        query.sortOrder = QStringLiteral("desc");
        if (query.sortBy != QLatin1String("id") && query.sortBy != QLatin1String("Created_Time")
            && query.sortBy != QLatin1String("Modified_Time"))
            return invalidParam(
                QStringLiteral("sort_by"), QStringLiteral("invalid data"),
                { { "supported_values", QJsonArray { "id", "Created_Time", "Modified_Time" } } });
    }
    if (call.hasParam("sort_order")) {
        query.sortOrder = call.param("sort_order").toLower();
        if (query.sortOrder != QLatin1String("asc") && query.sortOrder != QLatin1String("desc"))
            return invalidParam(QStringLiteral("sort_order"), QStringLiteral("invalid data"),
                                { { "supported_values", QJsonArray { "asc", "desc" } } });
    }
    const QByteArray ims = call.request.header("if-modified-since");
    if (!ims.isEmpty())
        query.since = parseTime(QString::fromLatin1(ims));

    query.now = clock();
    if (call.hasParam("page_token")) {
        // The token carries the listing it continues: offset, order and If-Modified-Since.
        const std::optional<QJsonObject> state = readPageToken(call.param("page_token"));
        if (!state || state->value(QLatin1String("m")).toInt(-1) != module
            || state->value(QLatin1String("dc")).toString() != call.dc)
            return invalidParam(QStringLiteral("page_token"), QStringLiteral("invalid data"));
        if (qint64(state->value(QLatin1String("exp")).toDouble()) <= query.now)
            return invalidParam(QStringLiteral("page_token"), QStringLiteral("page token expired"));
        query.offset = state->value(QLatin1String("o")).toInt();
        query.sortBy = state->value(QLatin1String("sb")).toString();
        query.sortOrder = state->value(QLatin1String("so")).toString();
        query.since = qint64(state->value(QLatin1String("ims")).toDouble(-1));
        query.page = query.offset / query.perPage + 1;
    } else if (call.hasParam("page")) {
        bool ok = false;
        query.page = call.param("page").toInt(&ok);
        if (!ok || query.page < 1)
            return invalidParam(QStringLiteral("page"), QStringLiteral("invalid data"));
        query.offset = (query.page - 1) * query.perPage;
        if (qint64(query.page) * query.perPage > MaxPageRecords)
            return SandboxHttpResponse::crmError(
                400, QStringLiteral("DISCRETE_PAGINATION_LIMIT_EXCEEDED"),
                QStringLiteral(
                    "You cannot fetch more than 2000 records using the page parameter. Use page_token."),
                { { "limit", MaxPageRecords } });
    }
    return std::nullopt;
}

// The ids the query lists, filtered by If-Modified-Since and in its order; 304 when nothing changed.
std::optional<SandboxHttpResponse> SandboxCrm::selectIds(Call &call, int module, ListQuery &query)
{
    SandboxRecordStore &st = *call.store;
    if (query.byIds) {
        for (const QString &s : call.param("ids").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const quint64 id = s.trimmed().toULongLong();
            if (auto r = st.record(module, id)) {
                query.ids.append(id);
                query.records.insert(id, *r);
            }
        }
    } else {
        query.ids = st.ids(module);
    }
    const bool byId = query.sortBy == QLatin1String("id");
    if (query.since >= 0 || !byId) {
        QList<quint64> kept;
        QHash<quint64, qint64> key;
        const QString keyField = byId ? QStringLiteral("Modified_Time") : query.sortBy;
        for (quint64 id : std::as_const(query.ids)) {
            const QJsonObject r = query.records.contains(id)
                ? query.records.value(id)
                : *st.record(module, id, { QStringLiteral("Modified_Time"), keyField });
            const qint64 modified = parseTime(r.value(QLatin1String("Modified_Time")).toString());
            if (query.since >= 0 && modified <= query.since)
                continue;
            kept.append(id);
            key.insert(id, parseTime(r.value(keyField).toString()));
        }
        query.ids = kept;
        if (!byId) {
            std::stable_sort(query.ids.begin(), query.ids.end(), [&](quint64 a, quint64 b) {
                const qint64 ka = key.value(a), kb = key.value(b);
                return ka != kb ? ka < kb : a < b;
            });
        }
        if (query.since >= 0 && query.ids.isEmpty())
            return SandboxHttpResponse::empty(304);
    }
    if (query.sortOrder == QLatin1String("desc"))
        std::reverse(query.ids.begin(), query.ids.end());
    return std::nullopt;
}

// One page of the selected ids, with Zoho's `info` and, when more follow, the next page_token.
SandboxHttpResponse SandboxCrm::listPage(Call &call, int module, const ListQuery &query)
{
    SandboxRecordStore &st = *call.store;
    const int total = query.byIds ? int(query.ids.size()) : qMin(int(query.ids.size()), MaxTokenRecords);
    if (query.offset >= total)
        return SandboxHttpResponse::empty(204);
    const int end = qMin(query.offset + query.perPage, total);
    QStringList names;
    for (const SandboxSchema::Field *f : query.fields)
        names.append(f->apiName);
    QJsonArray data;
    for (int i = query.offset; i < end; ++i) {
        const quint64 id = query.ids.at(i);
        const QJsonObject r =
            query.records.contains(id) ? query.records.value(id) : *st.record(module, id, names);
        data.append(project(r, query.fields));
    }
    const bool more = end < total;
    QJsonObject info { { "per_page", query.perPage },
                       { "count", int(data.size()) },
                       { "page", query.page },
                       { "sort_by", query.sortBy },
                       { "sort_order", query.sortOrder },
                       { "more_records", more },
                       { "call", false },
                       { "email", false },
                       { "previous_page_token", QJsonValue() } };
    if (more && !query.byIds) {
        const qint64 expiry = query.now + PageTokenLifetimeMs;
        info.insert(QStringLiteral("next_page_token"),
                    pageToken({ { "m", module },
                                { "o", end },
                                { "sb", query.sortBy },
                                { "so", query.sortOrder },
                                { "ims", double(query.since) },
                                { "exp", double(expiry) },
                                { "dc", call.dc } }));
        info.insert(QStringLiteral("page_token_expiry"), SandboxRecordStore::isoTime(expiry));
    } else {
        info.insert(QStringLiteral("next_page_token"), QJsonValue());
        info.insert(QStringLiteral("page_token_expiry"), QJsonValue());
    }
    return SandboxHttpResponse::json(200, { { "data", data }, { "info", info } });
}

SandboxHttpResponse SandboxCrm::getRecord(Call &call, int module, const QString &id)
{
    const SandboxSchema::Module &mod = m_schema.modules().at(module);
    std::optional<QJsonObject> r = call.store->record(module, id.toULongLong());
    if (!r)
        return SandboxHttpResponse::empty(204);
    QList<const SandboxSchema::Field *> fields;
    for (const QString &n : call.param("fields").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const SandboxSchema::Field *f = m_schema.field(mod, n.trimmed()))
            fields.append(f);
    }
    return SandboxHttpResponse::json(200, { { "data", QJsonArray { project(*r, fields) } } });
}

SandboxHttpResponse SandboxCrm::writeRecords(Call &call, int module, const QString &pathId)
{
    const SandboxSchema::Module &mod = m_schema.modules().at(module);
    const bool insert = call.request.method == "POST";
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(call.request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return SandboxHttpResponse::crmError(400, QStringLiteral("INVALID_DATA"), QStringLiteral("body"),
                                             { { "reason", parseError.errorString() } });
    const QJsonValue dataValue = doc.object().value(QLatin1String("data"));
    if (!dataValue.isArray())
        return SandboxHttpResponse::crmError(400, QStringLiteral("MANDATORY_NOT_FOUND"),
                                             QStringLiteral("required field not found"),
                                             { { "api_name", "data" }, { "json_path", "$.data" } });
    const QJsonArray data = dataValue.toArray();
    if (data.isEmpty())
        return SandboxHttpResponse::crmError(400, QStringLiteral("INVALID_DATA"),
                                             QStringLiteral("invalid data"),
                                             { { "api_name", "data" }, { "json_path", "$.data" } });
    if (data.size() > MaxWriteRecords)
        return SandboxHttpResponse::crmError(400, QStringLiteral("LIMIT_EXCEEDED"),
                                             QStringLiteral("Record count exceeded"),
                                             { { "limit", MaxWriteRecords } });
    const SandboxRecordStore::User by = call.store->ensureUser(call.token->email);
    static const QRegularExpression emailRx(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    QJsonArray results;
    int ok = 0, failed = 0;
    for (int i = 0; i < data.size(); ++i) {
        const QString path = QStringLiteral("$.data[%1]").arg(i);
        if (!data.at(i).isObject()) {
            results.append(recordError(QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"),
                                       { { "json_path", path } }));
            ++failed;
            continue;
        }
        const QJsonObject in = data.at(i).toObject();
        QJsonObject error;
        for (auto it = in.begin(); it != in.end() && error.isEmpty(); ++it) {
            const SandboxSchema::Field *f = m_schema.field(mod, it.key());
            if (!f || it->isNull())
                continue;
            const QString fp = path + QLatin1Char('.') + f->apiName;
            QString expected;
            if (f->dataType == QLatin1String("email")
                && !(it->isString() && emailRx.match(it->toString()).hasMatch()))
                expected = QStringLiteral("email");
            else if (f->isNumeric() && !it->isDouble())
                expected = f->dataType;
            else if (f->dataType == QLatin1String("boolean") && !it->isBool())
                expected = QStringLiteral("boolean");
            else if ((f->dataType == QLatin1String("text") || f->dataType == QLatin1String("picklist")
                      || f->dataType == QLatin1String("phone"))
                     && !it->isString())
                expected = f->dataType;
            else if (it->isString() && it->toString().size() > f->length)
                error = recordError(
                    QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"),
                    { { "api_name", f->apiName }, { "json_path", fp }, { "maximum_length", f->length } });
            if (!expected.isEmpty())
                error = recordError(
                    QStringLiteral("INVALID_DATA"), QStringLiteral("invalid data"),
                    { { "api_name", f->apiName }, { "json_path", fp }, { "expected_data_type", expected } });
        }
        if (error.isEmpty() && insert) {
            for (const SandboxSchema::Field &f : mod.fields) {
                if (!f.mandatory)
                    continue;
                const QJsonValue v = in.value(f.apiName);
                if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().trimmed().isEmpty())) {
                    error = recordError(
                        QStringLiteral("MANDATORY_NOT_FOUND"), QStringLiteral("required field not found"),
                        { { "api_name", f.apiName }, { "json_path", path + QLatin1Char('.') + f.apiName } });
                    break;
                }
            }
        }
        if (!error.isEmpty()) {
            results.append(error);
            ++failed;
            continue;
        }
        if (insert) {
            const QJsonObject r = call.store->insert(module, in, by, clock());
            results.append(QJsonObject { { "code", "SUCCESS" },
                                         { "details", successDetails(r) },
                                         { "message", "record added" },
                                         { "status", "success" } });
            ++ok;
            continue;
        }
        const QString idText = pathId.isEmpty() ? in.value(QLatin1String("id")).toString() : pathId;
        if (idText.isEmpty()) {
            results.append(
                recordError(QStringLiteral("MANDATORY_NOT_FOUND"), QStringLiteral("required field not found"),
                            { { "api_name", "id" }, { "json_path", path + QStringLiteral(".id") } }));
            ++failed;
            continue;
        }
        const std::optional<QJsonObject> r =
            call.store->update(module, idText.toULongLong(), in, by, clock());
        if (!r) {
            results.append(recordError(QStringLiteral("INVALID_DATA"),
                                       QStringLiteral("the id given seems to be invalid"),
                                       { { "id", idText } }));
            ++failed;
            continue;
        }
        results.append(QJsonObject { { "code", "SUCCESS" },
                                     { "details", successDetails(*r) },
                                     { "message", "record updated" },
                                     { "status", "success" } });
        ++ok;
    }
    return SandboxHttpResponse::json(bulkStatus(ok, failed, insert ? 201 : 200), { { "data", results } });
}

SandboxHttpResponse SandboxCrm::deleteRecords(Call &call, int module, const QString &pathId)
{
    QStringList ids;
    if (!pathId.isEmpty()) {
        ids.append(pathId);
    } else {
        if (!call.hasParam("ids"))
            return paramMissing(QStringLiteral("ids"));
        ids = call.param("ids").split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (ids.size() > MaxWriteRecords)
            return SandboxHttpResponse::crmError(400, QStringLiteral("LIMIT_EXCEEDED"),
                                                 QStringLiteral("Record count exceeded"),
                                                 { { "limit", MaxWriteRecords } });
    }
    QJsonArray results;
    int ok = 0, failed = 0;
    for (const QString &raw : std::as_const(ids)) {
        const QString id = raw.trimmed();
        if (call.store->remove(module, id.toULongLong())) {
            results.append(QJsonObject { { "code", "SUCCESS" },
                                         { "details", QJsonObject { { "id", id } } },
                                         { "message", "record deleted" },
                                         { "status", "success" } });
            ++ok;
        } else {
            results.append(recordError(QStringLiteral("INVALID_DATA"), QStringLiteral("record not deleted"),
                                       { { "id", id } }));
            ++failed;
        }
    }
    return SandboxHttpResponse::json(bulkStatus(ok, failed, 200), { { "data", results } });
}

SandboxHttpResponse SandboxCrm::search(Call &call, int module)
{
    const SandboxSchema::Module &mod = m_schema.modules().at(module);
    SandboxCondition cond;
    if (call.hasParam("criteria")) {
        QString why;
        const std::optional<SandboxCondition> parsed =
            SandboxSearchCriteria::parse(call.param("criteria"), m_schema, mod, &why);
        if (!parsed)
            return SandboxHttpResponse::crmError(
                400, QStringLiteral("INVALID_QUERY"),
                QStringLiteral("Please check whether the input values are correct"),
                { { "reason", why }, { "param_name", "criteria" } });
        cond = *parsed;
    } else {
        const char *param = call.hasParam("email") ? "email"
            : call.hasParam("phone")               ? "phone"
            : call.hasParam("word")                ? "word"
                                                   : nullptr;
        if (!param)
            return paramMissing(QStringLiteral("criteria"));
        const QString value = call.param(param);
        cond.kind = SandboxCondition::Kind::Or;
        for (const SandboxSchema::Field &f : mod.fields) {
            const bool wanted = (qstrcmp(param, "email") == 0 && f.dataType == QLatin1String("email"))
                || (qstrcmp(param, "phone") == 0 && f.dataType == QLatin1String("phone"))
                || (qstrcmp(param, "word") == 0
                    && (f.dataType == QLatin1String("text") || f.dataType == QLatin1String("email")
                        || f.dataType == QLatin1String("textarea")
                        || f.dataType == QLatin1String("picklist")));
            if (!wanted)
                continue;
            SandboxCondition c;
            c.field = &f;
            if (qstrcmp(param, "word") == 0) {
                c.op = SandboxCondition::Op::Like;
                c.values.append(QStringLiteral("%") + value + QStringLiteral("%"));
            } else {
                c.op = SandboxCondition::Op::Eq;
                c.values.append(value);
            }
            cond.children.append(c);
        }
    }
    int perPage = MaxPerPage;
    int page = 1;
    if (call.hasParam("per_page")) {
        perPage = call.param("per_page").toInt();
        if (perPage < 1 || perPage > MaxPerPage)
            return invalidParam(QStringLiteral("per_page"), QStringLiteral("invalid data"),
                                { { "maximum", MaxPerPage } });
    }
    if (call.hasParam("page")) {
        page = call.param("page").toInt();
        if (page < 1)
            return invalidParam(QStringLiteral("page"), QStringLiteral("invalid data"));
    }
    if (qint64(page) * perPage > MaxPageRecords)
        return SandboxHttpResponse::crmError(400, QStringLiteral("LIMIT_EXCEEDED"),
                                             QStringLiteral("search results are limited to 2000 records"),
                                             { { "limit", MaxPageRecords } });
    QList<const SandboxSchema::Field *> fields;
    for (const QString &n : call.param("fields").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const SandboxSchema::Field *f = m_schema.field(mod, n.trimmed()))
            fields.append(f);
    }
    const int offset = (page - 1) * perPage;
    QJsonArray data;
    int matched = 0;
    bool more = false;
    for (quint64 id : call.store->ids(module)) {
        const QJsonObject r = *call.store->record(module, id);
        if (!cond.matches(r))
            continue;
        if (matched >= MaxPageRecords)
            break;
        if (matched >= offset + perPage) {
            more = true;
            break;
        }
        if (matched >= offset)
            data.append(project(r, fields));
        ++matched;
    }
    if (data.isEmpty())
        return SandboxHttpResponse::empty(204);
    return SandboxHttpResponse::json(200,
                                     { { "data", data },
                                       { "info",
                                         QJsonObject { { "per_page", perPage },
                                                       { "count", int(data.size()) },
                                                       { "page", page },
                                                       { "more_records", more } } } });
}

SandboxHttpResponse SandboxCrm::coql(Call &call)
{
    if (!call.allowed(QStringLiteral("coql"), "READ"))
        return scopeMismatch();
    const QJsonObject body = QJsonDocument::fromJson(call.request.body).object();
    const QString query = body.value(QLatin1String("select_query")).toString();
    if (query.trimmed().isEmpty())
        return SandboxHttpResponse::crmError(400, QStringLiteral("INVALID_QUERY"),
                                             QStringLiteral("invalid query formed"),
                                             { { "param_name", "select_query" } });
    SandboxCoqlQuery::Error error;
    const std::optional<SandboxCoqlQuery> q = SandboxCoqlQuery::parse(query, m_schema, &error);
    if (!q)
        return SandboxHttpResponse::crmError(400, error.code, error.message, error.details);
    const SandboxSchema::Module &mod = m_schema.modules().at(q->module);
    if (!call.allowed(QStringLiteral("modules.") + mod.apiName.toLower(), "READ"))
        return scopeMismatch();
    QList<QJsonObject> rows;
    for (quint64 id : call.store->ids(q->module)) {
        QJsonObject r = *call.store->record(q->module, id);
        if (!q->where || q->where->matches(r))
            rows.append(std::move(r));
    }
    if (!q->orderBy.isEmpty()) {
        std::stable_sort(rows.begin(), rows.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            for (const SandboxCoqlQuery::Order &o : q->orderBy) {
                const int c = SandboxCondition::compareValues(*o.field, a.value(o.field->apiName),
                                                              b.value(o.field->apiName));
                if (c != 0)
                    return o.descending ? c > 0 : c < 0;
            }
            return false;
        });
    }
    QJsonArray data;
    const int end = qMin(int(rows.size()), q->offset + q->limit);
    for (int i = q->offset; i < end; ++i)
        data.append(project(rows.at(i), q->columns));
    if (data.isEmpty())
        return SandboxHttpResponse::empty(204);
    return SandboxHttpResponse::json(
        200,
        { { "data", data },
          { "info", QJsonObject { { "count", int(data.size()) }, { "more_records", end < rows.size() } } } });
}

SandboxHttpResponse SandboxCrm::users(Call &call, const QString &id)
{
    const SandboxRecordStore::User &me = call.store->ensureUser(call.token->email);
    const QString meId = me.id;
    const auto json = [&](const SandboxRecordStore::User &u) {
        return QJsonObject {
            { "id", u.id },
            { "email", u.email },
            { "full_name", u.fullName() },
            { "first_name", u.firstName },
            { "last_name", u.lastName },
            { "role", QJsonObject { { "name", u.role }, { "id", QString::number(u.id.toULongLong() + 7) } } },
            { "profile",
              QJsonObject { { "name", u.profile }, { "id", QString::number(u.id.toULongLong() + 9) } } },
            { "status", u.status },
            { "confirm", u.confirmed },
            { "time_zone", "Etc/UTC" },
            { "locale", "en_US" },
            { "country", "US" },
            { "language", "en_US" },
            { "zuid", QString::number(u.id.toULongLong() % 1000000000) }
        };
    };
    QJsonArray list;
    const QString type = call.hasParam("type") ? call.param("type") : QStringLiteral("AllUsers");
    static const QStringList types {
        "AllUsers",     "ActiveUsers",          "DeactiveUsers", "ConfirmedUsers",        "NotConfirmedUsers",
        "DeletedUsers", "ActiveConfirmedUsers", "AdminUsers",    "ActiveConfirmedAdmins", "CurrentUser"
    };
    if (!id.isEmpty()) {
        for (const auto &u : call.store->users()) {
            if (u.id == id)
                list.append(json(u));
        }
    } else {
        if (!types.contains(type))
            return invalidParam(QStringLiteral("type"), QStringLiteral("invalid data"),
                                { { "supported_values", QJsonArray::fromStringList(types) } });
        for (const auto &u : call.store->users()) {
            const bool active = u.status == QLatin1String("active");
            const bool admin = u.profile == QLatin1String("Administrator");
            bool take = false;
            if (type == QLatin1String("AllUsers"))
                take = true;
            else if (type == QLatin1String("CurrentUser"))
                take = u.id == meId;
            else if (type == QLatin1String("ActiveUsers"))
                take = active;
            else if (type == QLatin1String("DeactiveUsers"))
                take = !active;
            else if (type == QLatin1String("ConfirmedUsers"))
                take = u.confirmed;
            else if (type == QLatin1String("NotConfirmedUsers"))
                take = !u.confirmed;
            else if (type == QLatin1String("ActiveConfirmedUsers"))
                take = active && u.confirmed;
            else if (type == QLatin1String("AdminUsers"))
                take = admin;
            else if (type == QLatin1String("ActiveConfirmedAdmins"))
                take = admin && active && u.confirmed;
            if (take)
                list.append(json(u));
        }
    }
    if (list.isEmpty())
        return SandboxHttpResponse::empty(204);
    return SandboxHttpResponse::json(200,
                                     { { "users", list },
                                       { "info",
                                         QJsonObject { { "per_page", 200 },
                                                       { "count", int(list.size()) },
                                                       { "page", 1 },
                                                       { "more_records", false } } } });
}

SandboxHttpResponse SandboxCrm::org(Call &call)
{
    const int i = int(m_dcs.indexOf(call.dc));
    const QString id = QString::number(700000000ULL + quint64(i) * 1111);
    const SandboxRecordStore::User &admin = call.store->users().first();
    return SandboxHttpResponse::json(
        200,
        { { "org",
            QJsonArray { QJsonObject {
                { "id", QString::number(3652397000000000000ULL + quint64(i) * 100000000000000ULL + 17) },
                { "company_name", QStringLiteral("Sandbox Org (%1)").arg(call.dc.toUpper()) },
                { "primary_email", admin.email },
                { "primary_zuid", id },
                { "zgid", id },
                { "domain_name", QStringLiteral("org") + id },
                { "time_zone", "Etc/UTC" },
                { "currency", "US Dollar - USD" },
                { "currency_symbol", "$" },
                { "iso_code", "USD" },
                { "country_code", call.dc.toUpper() },
                { "max_per_page", MaxPerPage },
                { "type", "production" },
                { "mc_status", false },
                { "gapps_enabled", false },
                { "license_details",
                  QJsonObject { { "paid", true },
                                { "paid_type", "enterprise" },
                                { "users_license_purchased", 10 },
                                { "trial_type", QJsonValue() } } } } } } });
}
