#include "refreshpolicy.h"

#include <QRandomGenerator>

#include <algorithm>

RefreshPolicy::RefreshPolicy()
    : m_random([](qint64 bound) { return qint64(QRandomGenerator::global()->bounded(quint64(bound) + 1)); })
{ }

void RefreshPolicy::setLead(qint64 leadMs, qint64 jitterMs)
{
    m_leadMs = leadMs;
    m_jitterMs = std::max<qint64>(0, jitterMs);
    m_jitterByToken.clear();
}

void RefreshPolicy::setRandom(Random random)
{
    m_random = std::move(random);
    m_jitterByToken.clear();
}

qint64 RefreshPolicy::leadFor(const QString &tokenId)
{
    auto it = m_jitterByToken.find(tokenId);
    if (it == m_jitterByToken.end()) {
        const qint64 jitter =
            m_jitterMs > 0 && m_random ? std::clamp<qint64>(m_random(m_jitterMs), 0, m_jitterMs) : 0;
        it = m_jitterByToken.insert(tokenId, jitter);
    }
    return std::max(kSdkMarginMs, m_leadMs - it.value());
}

bool RefreshPolicy::canRefresh(const Token &token)
{
    return token.state != Token::RefreshOutcome::NeedsReauthorization
        && (!token.refreshToken.isEmpty() || !token.grantToken.isEmpty());
}

qint64 RefreshPolicy::dueAt(const Token &token)
{
    if (token.accessToken.isEmpty())
        return 0;
    if (token.expiryTime <= 0) // a bare access token of unknown age: refresh it if we can
        return (!token.refreshToken.isEmpty() || !token.grantToken.isEmpty()) ? 0 : kNever;
    return token.expiryTime - leadFor(token.id);
}

bool RefreshPolicy::isDue(const Token &token, qint64 now)
{
    const qint64 due = dueAt(token);
    return due != kNever && due <= now;
}

bool RefreshPolicy::isUsable(const Token &token, qint64 now)
{
    if (token.accessToken.isEmpty() || token.state == Token::RefreshOutcome::NeedsReauthorization)
        return false;
    return token.expiryTime <= 0 || token.expiryTime - now > kSdkMarginMs;
}
