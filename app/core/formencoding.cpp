#include "formencoding.h"

#include <QUrl>

namespace FormEncoding {

QByteArray encode(const Fields &fields)
{
    QByteArray result;
    for (const auto &[name, value] : fields) {
        if (!result.isEmpty())
            result += '&';
        result += QUrl::toPercentEncoding(name);
        result += '=';
        result += QUrl::toPercentEncoding(value);
    }
    return result;
}

} // namespace FormEncoding
