#include "sandboxcoqlquery.h"

namespace {

struct Token
{
    enum Type { Ident, String, Number, Symbol, End } type = End;
    QString text;
    int column = 0;
};

QList<Token> tokenize(const QString &q, bool *ok, int *badColumn)
{
    QList<Token> out;
    int i = 0;
    *ok = true;
    while (i < q.size()) {
        const QChar c = q.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.column = i + 1;
        if (c.isLetter() || c == QLatin1Char('_')) {
            int j = i;
            while (
                j < q.size()
                && (q.at(j).isLetterOrNumber() || q.at(j) == QLatin1Char('_') || q.at(j) == QLatin1Char('.')))
                ++j;
            t.type = Token::Ident;
            t.text = q.mid(i, j - i);
            i = j;
        } else if (c.isDigit() || (c == QLatin1Char('-') && i + 1 < q.size() && q.at(i + 1).isDigit())) {
            int j = i + 1;
            while (j < q.size() && (q.at(j).isDigit() || q.at(j) == QLatin1Char('.')))
                ++j;
            t.type = Token::Number;
            t.text = q.mid(i, j - i);
            i = j;
        } else if (c == QLatin1Char('\'')) {
            int j = i + 1;
            QString s;
            bool closed = false;
            while (j < q.size()) {
                const QChar d = q.at(j);
                if (d == QLatin1Char('\\') && j + 1 < q.size()) {
                    s += q.at(j + 1);
                    j += 2;
                } else if (d == QLatin1Char('\'') && j + 1 < q.size() && q.at(j + 1) == QLatin1Char('\'')) {
                    s += d;
                    j += 2;
                } else if (d == QLatin1Char('\'')) {
                    closed = true;
                    ++j;
                    break;
                } else {
                    s += d;
                    ++j;
                }
            }
            if (!closed) {
                *ok = false;
                *badColumn = i + 1;
                return out;
            }
            t.type = Token::String;
            t.text = s;
            i = j;
        } else {
            static const QStringList two { QStringLiteral("!="), QStringLiteral("<>"), QStringLiteral("<="),
                                           QStringLiteral(">=") };
            const QString pair = q.mid(i, 2);
            t.type = Token::Symbol;
            if (two.contains(pair)) {
                t.text = pair;
                i += 2;
            } else if (QStringLiteral("(),=<>*").contains(c)) {
                t.text = c;
                ++i;
            } else {
                *ok = false;
                *badColumn = i + 1;
                return out;
            }
        }
        out.append(t);
    }
    Token end;
    end.column = int(q.size()) + 1;
    out.append(end);
    return out;
}

class Parser
{
public:
    Parser(QList<Token> tokens, const SandboxSchema &schema, SandboxCoqlQuery::Error *error)
        : m_t(std::move(tokens))
        , m_schema(schema)
        , m_error(error)
    { }

    std::optional<SandboxCoqlQuery> run()
    {
        SandboxCoqlQuery q;
        if (!keyword("select"))
            return fail("select");
        QStringList columnNames;
        do {
            if (peek().type != Token::Ident || isKeyword(peek(), "from"))
                return fail("select");
            columnNames.append(next().text);
        } while (symbol(","));
        if (!keyword("from"))
            return fail("from");
        if (peek().type != Token::Ident)
            return fail("from");
        const QString moduleName = next().text;
        q.module = m_schema.moduleIndex(moduleName);
        if (q.module < 0)
            return invalid(QStringLiteral("invalid query formed"),
                           { { "module", moduleName }, { "reason", "module given seems to be invalid" } });
        m_module = &m_schema.modules().at(q.module);
        if (columnNames.size() > 50)
            return limitError(QStringLiteral("select"), 50);
        for (const QString &name : columnNames) {
            const SandboxSchema::Field *fd = m_schema.field(*m_module, name);
            if (!fd)
                return invalid(QStringLiteral("column given seems to be invalid"),
                               { { "column_name", name }, { "clause", "select" } });
            if (!q.columns.contains(fd))
                q.columns.append(fd);
        }
        if (keyword("where")) {
            m_clause = QStringLiteral("where");
            auto cond = orExpr();
            if (!cond)
                return std::nullopt;
            if (cond->compareCount() > 25)
                return limitError(QStringLiteral("where"), 25);
            q.where = *cond;
        }
        if (keyword("order")) {
            m_clause = QStringLiteral("order by");
            if (!keyword("by"))
                return fail("order by");
            do {
                if (peek().type != Token::Ident)
                    return fail("order by");
                const QString name = next().text;
                const SandboxSchema::Field *fd = m_schema.field(*m_module, name);
                if (!fd)
                    return invalid(QStringLiteral("column given seems to be invalid"),
                                   { { "column_name", name }, { "clause", "order by" } });
                SandboxCoqlQuery::Order o;
                o.field = fd;
                if (keyword("desc"))
                    o.descending = true;
                else
                    keyword("asc");
                q.orderBy.append(o);
            } while (symbol(","));
            if (q.orderBy.size() > 10)
                return limitError(QStringLiteral("order by"), 10);
        }
        if (keyword("limit")) {
            m_clause = QStringLiteral("limit");
            if (peek().type != Token::Number)
                return fail("limit");
            const int first = next().text.toInt();
            if (symbol(",")) {
                if (peek().type != Token::Number)
                    return fail("limit");
                q.offset = first;
                q.limit = next().text.toInt();
            } else {
                q.limit = first;
            }
        }
        if (keyword("offset")) {
            m_clause = QStringLiteral("offset");
            if (peek().type != Token::Number)
                return fail("offset");
            q.offset = next().text.toInt();
        }
        if (peek().type != Token::End)
            return fail(m_clause.isEmpty() ? "from" : m_clause.toLatin1().constData());
        if (q.limit < 1 || q.limit > 2000)
            return limitError(QStringLiteral("limit"), 2000);
        if (q.offset < 0 || q.offset + q.limit > 100000)
            return limitError(QStringLiteral("offset"), 100000);
        return q;
    }

private:
    const Token &peek() const { return m_t.at(qMin(m_pos, int(m_t.size()) - 1)); }
    Token next()
    {
        Token t = peek();
        if (m_pos < m_t.size() - 1)
            ++m_pos;
        return t;
    }
    static bool isKeyword(const Token &t, const char *word)
    {
        return t.type == Token::Ident && t.text.compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }
    bool keyword(const char *word)
    {
        if (!isKeyword(peek(), word))
            return false;
        next();
        return true;
    }
    bool symbol(const char *s)
    {
        if (peek().type != Token::Symbol || peek().text != QLatin1String(s))
            return false;
        next();
        return true;
    }

    std::nullopt_t fail(const char *clause)
    {
        m_error->code = QStringLiteral("SYNTAX_ERROR");
        m_error->message = QStringLiteral("invalid query formed");
        m_error->details = { { "clause", QString::fromLatin1(clause) },
                             { "near", peek().text },
                             { "line", 1 },
                             { "column", peek().column } };
        return std::nullopt;
    }
    std::nullopt_t invalid(const QString &message, const QJsonObject &details)
    {
        m_error->code = QStringLiteral("INVALID_QUERY");
        m_error->message = message;
        m_error->details = details;
        return std::nullopt;
    }
    std::nullopt_t limitError(const QString &clause, int limit)
    {
        m_error->code = QStringLiteral("LIMIT_EXCEEDED");
        m_error->message = QStringLiteral("limit exceeded");
        m_error->details = { { "clause", clause }, { "limit", limit } };
        return std::nullopt;
    }

    std::optional<SandboxCondition> orExpr()
    {
        auto first = andExpr();
        if (!first)
            return std::nullopt;
        if (!isKeyword(peek(), "or"))
            return first;
        SandboxCondition c;
        c.kind = SandboxCondition::Kind::Or;
        c.children.append(*first);
        while (keyword("or")) {
            auto more = andExpr();
            if (!more)
                return std::nullopt;
            c.children.append(*more);
        }
        return c;
    }
    std::optional<SandboxCondition> andExpr()
    {
        auto first = primary();
        if (!first)
            return std::nullopt;
        if (!isKeyword(peek(), "and"))
            return first;
        SandboxCondition c;
        c.kind = SandboxCondition::Kind::And;
        c.children.append(*first);
        while (keyword("and")) {
            auto more = primary();
            if (!more)
                return std::nullopt;
            c.children.append(*more);
        }
        return c;
    }
    std::optional<QJsonValue> literal()
    {
        const Token &t = peek();
        if (t.type == Token::String || t.type == Token::Number) {
            return QJsonValue(next().text);
        }
        if (isKeyword(t, "true") || isKeyword(t, "false")) {
            return QJsonValue(next().text.toLower());
        }
        if (isKeyword(t, "null")) {
            next();
            return QJsonValue();
        }
        return std::nullopt;
    }
    std::optional<SandboxCondition> primary()
    {
        if (symbol("(")) {
            auto inner = orExpr();
            if (!inner)
                return std::nullopt;
            if (!symbol(")"))
                return fail("where");
            return inner;
        }
        if (peek().type != Token::Ident)
            return fail("where");
        const QString name = next().text;
        SandboxCondition c;
        c.field = m_schema.field(*m_module, name);
        if (!c.field)
            return invalid(QStringLiteral("column given seems to be invalid"),
                           { { "column_name", name }, { "clause", "where" } });
        using Op = SandboxCondition::Op;
        if (keyword("is")) {
            const bool negate = keyword("not");
            if (!keyword("null"))
                return fail("where");
            c.op = negate ? Op::IsNotNull : Op::IsNull;
            return c;
        }
        const bool negate = keyword("not");
        if (keyword("in")) {
            c.op = negate ? Op::NotIn : Op::In;
            if (!symbol("("))
                return fail("where");
            do {
                auto v = literal();
                if (!v)
                    return fail("where");
                c.values.append(*v);
            } while (symbol(","));
            if (!symbol(")"))
                return fail("where");
            if (c.values.size() > 50)
                return limitError(QStringLiteral("where"), 50);
            return c;
        }
        if (keyword("between")) {
            c.op = negate ? Op::NotBetween : Op::Between;
            auto a = literal();
            if (!a || !keyword("and"))
                return fail("where");
            auto b = literal();
            if (!b)
                return fail("where");
            c.values = { *a, *b };
            return c;
        }
        if (keyword("like")) {
            if (negate)
                return fail("where");
            c.op = Op::Like;
        } else if (negate) {
            return fail("where");
        } else if (peek().type == Token::Symbol) {
            const QString s = next().text;
            if (s == QLatin1String("="))
                c.op = Op::Eq;
            else if (s == QLatin1String("!=") || s == QLatin1String("<>"))
                c.op = Op::Ne;
            else if (s == QLatin1String("<"))
                c.op = Op::Lt;
            else if (s == QLatin1String(">"))
                c.op = Op::Gt;
            else if (s == QLatin1String("<="))
                c.op = Op::Le;
            else if (s == QLatin1String(">="))
                c.op = Op::Ge;
            else
                return fail("where");
        } else {
            return fail("where");
        }
        auto v = literal();
        if (!v || v->isNull())
            return fail("where");
        c.values.append(*v);
        return c;
    }

    QList<Token> m_t;
    int m_pos = 0;
    const SandboxSchema &m_schema;
    SandboxCoqlQuery::Error *m_error;
    const SandboxSchema::Module *m_module = nullptr;
    QString m_clause;
};

} // namespace

std::optional<SandboxCoqlQuery> SandboxCoqlQuery::parse(const QString &query, const SandboxSchema &schema,
                                                        Error *error)
{
    bool ok = true;
    int badColumn = 0;
    QList<Token> tokens = tokenize(query, &ok, &badColumn);
    if (!ok) {
        error->code = QStringLiteral("SYNTAX_ERROR");
        error->message = QStringLiteral("invalid query formed");
        error->details = { { "near", query.mid(badColumn - 1, 10) }, { "line", 1 }, { "column", badColumn } };
        return std::nullopt;
    }
    return Parser(std::move(tokens), schema, error).run();
}
