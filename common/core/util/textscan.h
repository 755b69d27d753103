#pragma once

#include <QtGlobal>

namespace omv
{

/// Allocation-free scanning for the hot parsers (node tables of a thousand nodes every few
/// seconds). Each takes a pointer and a length; none reads past it.

/// A decimal integer with an optional leading '-', surrounding blanks allowed.
inline bool parseDecimal(const char* p, int len, qint64* out)
{
    while (len > 0 && (p[len - 1] == ' ' || p[len - 1] == '\t' || p[len - 1] == '\r'))
        --len;
    while (len > 0 && (*p == ' ' || *p == '\t')) {
        ++p;
        --len;
    }
    bool negative = false;
    if (len > 0 && *p == '-') {
        negative = true;
        ++p;
        --len;
    }
    if (len <= 0 || len > 18)
        return false;
    qint64 v = 0;
    for (int i = 0; i < len; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        v = v * 10 + (p[i] - '0');
    }
    *out = negative ? -v : v;
    return true;
}

/// Exactly four dot-separated decimal bytes ("10.0.0.1"; not the short forms inet_aton takes).
inline bool isDottedQuad(const char* p, int len)
{
    int parts = 0, digits = 0, value = 0;
    for (int i = 0; i <= len; ++i) {
        if (i == len || p[i] == '.') {
            if (digits == 0 || value > 255)
                return false;
            ++parts;
            digits = value = 0;
        } else if (p[i] >= '0' && p[i] <= '9' && digits < 3) {
            value = value * 10 + (p[i] - '0');
            ++digits;
        } else {
            return false;
        }
    }
    return parts == 4;
}

} // namespace omv
