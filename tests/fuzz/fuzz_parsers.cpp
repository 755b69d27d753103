// libFuzzer target for every parser: the first byte picks the parser, the rest is its input.
// Build: scripts/fuzz.sh (clang, -DOMV_FUZZ=ON: the whole tree with ASan + UBSan + coverage).
#include "core/backend/mattx/mattxparsers.h"
#include "core/backend/openmosix/openmosixparsers.h"
#include "core/backend/procparsers.h"
#include "core/control/protocol.h"
#include "core/model/snapshotfeed.h"
#include "core/store/historywire.h"

#include <QString>

#include <cstddef>
#include <cstdint>

using namespace omv;

namespace
{

template <class... Q> void decodeAll(const QByteArray& bytes)
{
    ((void)history::decodeRequest<Q>(bytes), ...);
    ((void)history::decodeAnswer<Q>(bytes), ...);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray in(reinterpret_cast<const char*>(data) + 1, int(size - 1));
    const QString name = QStringLiteral("fuzz");
    switch (data[0] % 16) {
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
    case 14: {
        // The history channel (issue 30), both ends: frames in pieces of 5 bytes, every body read
        // as each request and each answer (counts checked against the bytes left), and as the
        // compressed pieces of an answer.
        history::wire::FrameReader frames;
        history::wire::RowsAnswerReader rows; // the pieces as a rows answer, read as they come
        bool rowsBad = false;
        for (int i = 0; i < in.size(); i += 5) {
            if (!frames.feed(in.constData() + i, std::min(5, in.size() - i)))
                break;
            while (std::optional<history::wire::Frame> f = frames.next()) {
                decodeAll<history::Extent, history::Version, history::ProcessLog, history::NodeSeries,
                    history::AllNodeSeries, history::ClusterSeries, history::NodeRows, history::ProcessesAt,
                    history::SpansBetween, history::ProcessLife, history::LivesAt, history::Migrations, history::Events,
                    history::Statistics, history::Moment, history::Changes>(f->body);
                QString rowsError;
                if (!rowsBad && f->kind != history::wire::Kind::Ask)
                    rowsBad = !rows.add(f->kind, f->body, &rowsError);
                // The body as the whole of an answer's pieces: its size, then the stream.
                QString error;
                history::wire::Packed packed;
                if (history::wire::addPiece(&packed, history::wire::Kind::End, f->body, &error)) {
                    history::wire::uncompressAnswer(packed, &error);
                    history::wire::readPacked<history::NodeRows>(packed, &error);
                    history::wire::readPacked<history::Moment>(packed, &error);
                }
            }
        }
        break;
    }
    default:
        parseMattxNodes(in, name);
        parseOpenMosixNodeTable(in);
        break;
    }
    return 0;
}
