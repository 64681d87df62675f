#include "sandboxcondition.h"

#include <QRegularExpression>

namespace {

QJsonValue scalar(const QJsonValue &v)
{
    if (v.isObject())
        return v.toObject().value(QLatin1String("id"));
    return v;
}

bool isNullish(const QJsonValue &v)
{
    const QJsonValue s = scalar(v);
    return s.isNull() || s.isUndefined() || (s.isString() && s.toString().isEmpty());
}

QString text(const QJsonValue &v)
{
    const QJsonValue s = scalar(v);
    if (s.isString())
        return s.toString();
    if (s.isBool())
        return s.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (s.isDouble())
        return QString::number(s.toDouble(), 'g', 15);
    return QString();
}

} // namespace

int SandboxCondition::compareValues(const SandboxSchema::Field &field, const QJsonValue &a,
                                    const QJsonValue &b)
{
    const bool an = isNullish(a);
    const bool bn = isNullish(b);
    if (an || bn)
        return an == bn ? 0 : (an ? -1 : 1);
    if (field.isNumeric() || field.dataType == QLatin1String("bigint")) {
        const QJsonValue sa = scalar(a);
        const QJsonValue sb = scalar(b);
        const double da = sa.isDouble() ? sa.toDouble() : sa.toString().toDouble();
        const double db = sb.isDouble() ? sb.toDouble() : sb.toString().toDouble();
        if (field.dataType == QLatin1String("bigint") || field.dataType == QLatin1String("lookup")) {
            const quint64 ia = sa.isDouble() ? quint64(sa.toDouble()) : sa.toString().toULongLong();
            const quint64 ib = sb.isDouble() ? quint64(sb.toDouble()) : sb.toString().toULongLong();
            return ia < ib ? -1 : (ia > ib ? 1 : 0);
        }
        return da < db ? -1 : (da > db ? 1 : 0);
    }
    if (field.dataType == QLatin1String("lookup") || field.dataType == QLatin1String("ownerlookup")) {
        const quint64 ia = text(a).toULongLong();
        const quint64 ib = text(b).toULongLong();
        return ia < ib ? -1 : (ia > ib ? 1 : 0);
    }
    return QString::compare(text(a), text(b), Qt::CaseInsensitive);
}

bool SandboxCondition::matches(const QJsonObject &record) const
{
    switch (kind) {
    case Kind::And:
        for (const SandboxCondition &c : children) {
            if (!c.matches(record))
                return false;
        }
        return true;
    case Kind::Or:
        for (const SandboxCondition &c : children) {
            if (c.matches(record))
                return true;
        }
        return false;
    case Kind::Compare:
        break;
    }
    const QJsonValue v = record.value(field->apiName);
    const auto cmp = [&](int i) { return compareValues(*field, v, values.value(i)); };
    switch (op) {
    case Op::IsNull:
        return isNullish(v);
    case Op::IsNotNull:
        return !isNullish(v);
    default:
        break;
    }
    if (isNullish(v))
        return op == Op::Ne || op == Op::NotIn || op == Op::NotBetween
            ? !values.isEmpty() && !isNullish(values.first())
            : false;
    switch (op) {
    case Op::Eq:
        return cmp(0) == 0;
    case Op::Ne:
        return cmp(0) != 0;
    case Op::Lt:
        return cmp(0) < 0;
    case Op::Gt:
        return cmp(0) > 0;
    case Op::Le:
        return cmp(0) <= 0;
    case Op::Ge:
        return cmp(0) >= 0;
    case Op::Between:
        return cmp(0) >= 0 && cmp(1) <= 0;
    case Op::NotBetween:
        return !(cmp(0) >= 0 && cmp(1) <= 0);
    case Op::In:
    case Op::NotIn: {
        bool found = false;
        for (int i = 0; i < values.size() && !found; ++i)
            found = cmp(i) == 0;
        return op == Op::In ? found : !found;
    }
    case Op::StartsWith:
        return text(v).startsWith(text(values.value(0)), Qt::CaseInsensitive);
    case Op::Like: {
        const QString pattern = text(values.value(0));
        QString rx;
        for (const QChar ch : pattern)
            rx += ch == QLatin1Char('%') ? QStringLiteral(".*") : QRegularExpression::escape(QString(ch));
        const QRegularExpression re(QRegularExpression::anchoredPattern(rx),
                                    QRegularExpression::CaseInsensitiveOption
                                        | QRegularExpression::DotMatchesEverythingOption);
        return re.match(text(v)).hasMatch();
    }
    default:
        return false;
    }
}

int SandboxCondition::compareCount() const
{
    if (kind == Kind::Compare)
        return 1;
    int n = 0;
    for (const SandboxCondition &c : children)
        n += c.compareCount();
    return n;
}
