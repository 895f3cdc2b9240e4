#include "app/cli/cliutil.h"
#include "app/cli/commands.h"

namespace SyncDesk::Cli {

int runDemoStore(const QStringList &) { return ExitUsage; }

} // namespace SyncDesk::Cli
