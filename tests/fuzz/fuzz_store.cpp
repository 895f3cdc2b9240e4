// SPDX-FileCopyrightText: 2026 Sync Desk contributors
//
// SPDX-License-Identifier: MIT

// Opening a store made of fuzzed files. The input is a file set:
//
//   <manifest.json bytes, or nothing for a valid one>
//   === operations/op_a.json
//   <bytes>
//   === evidence/e.json
//   <bytes>
//
// Paths are confined to the scratch store (no "..", no absolute paths), so the
// fuzzer can never write outside it. The loaded store then goes through the
// window's models (fuzzmodels.h). Loaded again without the records' path that
// needs no DOM (parseFlat), it must be the same store, field by field.

#include "core/json/jsonfast_p.h"
#include "core/store/store.h"
#include "fuzzmodels.h"
#include "fuzzsupport.h"
#include "tests/common/storedump.h"

#include <QDir>
#include <QRegularExpression>

#include <cstdlib>

using namespace SyncDesk;

namespace {

bool safeRelative(std::string_view path)
{
    static const QRegularExpression ok(
        QStringLiteral("^[A-Za-z0-9_.:-]{1,80}(/[A-Za-z0-9_.:-]{1,80})?$"));
    const QString p = QString::fromUtf8(path.data(), qsizetype(path.size()));
    return ok.match(p).hasMatch() && !p.split(QLatin1Char('/')).contains(QStringLiteral(".."))
        && !p.split(QLatin1Char('/')).contains(QStringLiteral("."));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString root = SyncDeskFuzz::scratchDir() + QStringLiteral("/store");
    QDir(root).removeRecursively();
    QDir().mkpath(root);

    constexpr std::string_view marker = "\n=== ";
    const std::string_view all = SyncDeskFuzz::bytes(data, size);
    std::size_t next = all.starts_with(marker.substr(1)) ? 0 : all.find(marker);
    const std::string_view manifest = all.substr(0, next);
    if (!SyncDeskFuzz::writeFile(root, QStringLiteral("manifest.json"),
            manifest.empty() ? SyncDeskFuzz::kManifest : manifest))
        return -1;
    int files = 0;
    while (next != std::string_view::npos && files < 64) {
        const std::size_t nameStart
            = next + (all[next] == '\n' ? marker.size() : marker.size() - 1);
        const std::size_t nameEnd = all.find('\n', nameStart);
        if (nameEnd == std::string_view::npos)
            break;
        const std::string_view name = all.substr(nameStart, nameEnd - nameStart);
        next = all.find(marker, nameEnd);
        const std::string_view content
            = all.substr(nameEnd + 1, next == std::string_view::npos ? next : next - nameEnd - 1);
        if (safeRelative(name) && name != "manifest.json"
            && SyncDeskFuzz::writeFile(
                root, QString::fromUtf8(name.data(), qsizetype(name.size())), content))
            ++files;
    }

    StoreOpenOptions options;
    options.threads = 1;
    auto store = Store::open(root, options);
    if (store->state() != Store::State::Ok)
        return 0;
    setFlatParseEnabled(false);
    const auto dom = Store::open(root, options);
    setFlatParseEnabled(true);
    if (dom->state() != Store::State::Ok || storeDump(*dom) != storeDump(*store))
        std::abort();
    // What the window does with a loaded store: resolve references, read files.
    for (quint32 i = 0; i < store->files().size(); ++i)
        (void)store->readFile(i);
    for (const auto &d : store->relations().dangling)
        (void)store->text(d.target);
    (void)store->findEvidence(QStringLiteral("evidence:x"));
    SyncDeskFuzz::exerciseModels(std::move(store));
    return 0;
}
