// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include "io/csvreader.h"

using namespace wgll;

TEST_CASE("CSV: quoting, doubled quotes, CRLF, embedded newlines, BOM and blank lines", "[csv]")
{
    CsvReader reader;
    const auto records = reader.parse("\xEF\xBB\xBFindicator,note\r\n1.1,\"a, b\"\r\n\r\n1.2,\"say \"\"hi\"\"\nnext line\"\n1.3,\n",
                                      QStringLiteral("r.csv"));
    REQUIRE(records);
    REQUIRE(records->size() == 4);
    CHECK(records->at(0).fields == QStringList{QStringLiteral("indicator"), QStringLiteral("note")});
    CHECK(records->at(1).fields.at(1) == u"a, b");
    CHECK(records->at(2).line == 4);
    CHECK(records->at(2).fields.at(1) == u"say \"hi\"\nnext line");
    CHECK(records->at(3).line == 6);
    CHECK(records->at(3).fields == QStringList{QStringLiteral("1.3"), QString()});
}

TEST_CASE("CSV: malformed input names the line", "[csv]")
{
    struct Case
    {
        QByteArray bytes;
        int line;
        const char *message;
    };
    const Case c = GENERATE(values<Case>({
        {"a,b\n1,\"open", 2, "never closed"},
        {"a,b\n1,x\"y\"\n", 2, "a quote inside an unquoted field"},
        {"a,b\n1,\"x\"y\n", 2, "text after a closing quote"},
        {"a,b\n\xff\xfe,1\n", 2, "invalid UTF-8"},
    }));
    CsvReader reader;
    CHECK_FALSE(reader.parse(c.bytes, QStringLiteral("r.csv")));
    CHECK(reader.error().line == c.line);
    CHECK(reader.error().message.contains(QString::fromUtf8(c.message)));
}
