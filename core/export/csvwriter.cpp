// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvwriter.h"

namespace wgll {

bool CsvWriter::looksLikeFormula(const QString &v)
{
    // Numbers such as -1 stay numbers; text starting with a formula character (OWASP's list:
    // = + - @, tab, carriage return) does not.
    bool numeric = false;
    v.toDouble(&numeric);
    return !numeric && !v.isEmpty() &&
           (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@' ||
            v.front() == u'\t' || v.front() == u'\r');
}

QString CsvWriter::field(const QString &value, bool guardFormulas)
{
    QString v = value;
    if (guardFormulas && looksLikeFormula(v))
        v.prepend(u'\'');
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\r') || v.contains(u'\n')) {
        v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + v + u'"';
    }
    return v;
}

CsvWriter &CsvWriter::row(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields)
        quoted.append(field(f, m_guard));
    m_bytes += quoted.join(u',').toUtf8();
    m_bytes += "\r\n";
    return *this;
}

} // namespace wgll
