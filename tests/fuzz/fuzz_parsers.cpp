// libFuzzer target for every parser: the first byte picks the parser, the rest is its input.
// Build: scripts/fuzz.sh (clang, -DOMV_FUZZ=ON: the whole tree with ASan + UBSan + coverage).
#include "core/backend/mattx/mattxparsers.h"
#include "core/backend/openmosix/openmosixparsers.h"
#include "core/backend/procparsers.h"
#include "core/control/protocol.h"
#include "core/model/snapshotfeed.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace omv;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray in(reinterpret_cast<const char*>(data) + 1, int(size - 1));
    const QString name = QStringLiteral("fuzz");
    switch (data[0] % 15) {
    case 0:
        parseOpenMosixNodeTable(in);
        break;
    case 1:
        parseOpenMosixAdmin(parseGrepReport(in));
        break;
    case 2:
        parseWhere(in, name);
        break;
    case 3:
        parseRemoteFrom(in, name);
        break;
    case 4:
        parseMapFile(in, name);
        break;
    case 5:
        parseShowmap(in, name);
        break;
    case 6:
        parseMattxNodes(in, name);
        break;
    case 7:
        parseMattxPidNodeList(in, name);
        break;
    case 8:
        parseProcStat(in, name);
        break;
    case 9:
        parseProcStatus(in, name);
        parseCmdline(in);
        break;
    case 10:
        parseLoadAvg(in, name);
        parseMemInfo(in, name);
        break;
    case 11:
        parsePasswd(in);
        parseIntFile(in, name);
        break;
    case 12:
        parseGrepReport(in);
        break;
    case 13: {
        // What a desk sends `--serve control` (and every control socket gets), whole and in
        // pieces of 7 bytes; a feed frame's body as a desk decodes it.
        control::decode(in);
        control::Decoder pieces;
        for (int i = 0; i < in.size() && pieces.state() == control::Decoder::State::NeedMore; i += 7)
            pieces.feed(in.constData() + i, std::min(7, in.size() - i));
        QString error;
        decodeFeed(in, &error);
        break;
    }
    default:
        parseMattxNodes(in, name);
        parseOpenMosixNodeTable(in);
        break;
    }
    return 0;
}
