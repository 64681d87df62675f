#include "sandboxsearchcriteria.h"

namespace {

class CriteriaParser
{
public:
    CriteriaParser(const QString &text, const SandboxSchema &schema, const SandboxSchema::Module &module,
                   QString *error)
        : m_s(text)
        , m_schema(schema)
        , m_module(module)
        , m_error(error)
    { }

    std::optional<SandboxCondition> run()
    {
        auto c = sequence();
        if (!c)
            return std::nullopt;
        if (m_i != m_s.size())
            return fail(QStringLiteral("unexpected text after the criteria"));
        if (c->compareCount() > 10)
            return fail(QStringLiteral("more than 10 criteria"));
        return c;
    }

private:
    std::nullopt_t fail(const QString &why)
    {
        *m_error = why;
        return std::nullopt;
    }
    bool at(const char *word) const
    {
        return m_s.mid(m_i, int(qstrlen(word))).compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
    }

    // group (and|or group)*
    std::optional<SandboxCondition> sequence()
    {
        auto first = group();
        if (!first)
            return std::nullopt;
        SandboxCondition result = *first;
        while (m_i < m_s.size() && (at("and") || at("or"))) {
            const bool isAnd = at("and");
            m_i += isAnd ? 3 : 2;
            auto more = group();
            if (!more)
                return std::nullopt;
            const auto kind = isAnd ? SandboxCondition::Kind::And : SandboxCondition::Kind::Or;
            if (result.kind != kind || result.children.isEmpty()) {
                SandboxCondition joined;
                joined.kind = kind;
                joined.children.append(result);
                result = joined;
            }
            result.children.append(*more);
        }
        return result;
    }

    std::optional<SandboxCondition> group()
    {
        if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char('('))
            return fail(QStringLiteral("expected ("));
        ++m_i;
        if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('(')) {
            auto inner = sequence();
            if (!inner)
                return std::nullopt;
            if (m_i >= m_s.size() || m_s.at(m_i) != QLatin1Char(')'))
                return fail(QStringLiteral("expected )"));
            ++m_i;
            return inner;
        }
        // leaf: read to the unescaped ')'
        QStringList parts { QString() };
        bool closed = false;
        int colons = 0;
        QStringList values { QString() };
        while (m_i < m_s.size()) {
            const QChar ch = m_s.at(m_i);
            if (ch == QLatin1Char('\\') && m_i + 1 < m_s.size()) {
                (colons < 2 ? parts.last() : values.last()) += m_s.at(m_i + 1);
                m_i += 2;
                continue;
            }
            ++m_i;
            if (ch == QLatin1Char(')')) {
                closed = true;
                break;
            }
            if (ch == QLatin1Char(':') && colons < 2) {
                ++colons;
                if (colons < 2)
                    parts.append(QString());
                continue;
            }
            if (colons >= 2 && ch == QLatin1Char(','))
                values.append(QString());
            else
                (colons < 2 ? parts.last() : values.last()) += ch;
        }
        if (!closed || colons < 2)
            return fail(QStringLiteral("a criterion reads (Field:operator:value)"));
        SandboxCondition c;
        c.field = m_schema.field(m_module, parts.at(0).trimmed());
        if (!c.field)
            return fail(QStringLiteral("unknown field ") + parts.at(0));
        const QString op = parts.at(1).trimmed().toLower();
        using Op = SandboxCondition::Op;
        const QString joined = values.join(QLatin1Char(','));
        if (op == QLatin1String("equals"))
            c.op = Op::Eq;
        else if (op == QLatin1String("not_equal"))
            c.op = Op::Ne;
        else if (op == QLatin1String("starts_with"))
            c.op = Op::StartsWith;
        else if (op == QLatin1String("greater_than"))
            c.op = Op::Gt;
        else if (op == QLatin1String("greater_equal"))
            c.op = Op::Ge;
        else if (op == QLatin1String("less_than"))
            c.op = Op::Lt;
        else if (op == QLatin1String("less_equal"))
            c.op = Op::Le;
        else if (op == QLatin1String("in"))
            c.op = Op::In;
        else if (op == QLatin1String("between"))
            c.op = Op::Between;
        else
            return fail(QStringLiteral("unknown operator ") + op);
        if (c.op == Op::In || c.op == Op::Between) {
            for (const QString &v : values)
                c.values.append(v);
            if (c.op == Op::Between && c.values.size() != 2)
                return fail(QStringLiteral("between takes two values"));
        } else {
            c.values.append(joined);
        }
        return c;
    }

    QString m_s;
    int m_i = 0;
    const SandboxSchema &m_schema;
    const SandboxSchema::Module &m_module;
    QString *m_error;
};

} // namespace

std::optional<SandboxCondition> SandboxSearchCriteria::parse(const QString &criteria,
                                                             const SandboxSchema &schema,
                                                             const SandboxSchema::Module &module,
                                                             QString *error)
{
    return CriteriaParser(criteria.trimmed(), schema, module, error).run();
}
