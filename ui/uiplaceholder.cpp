// Keeps syncdesk_ui a valid library while its first views are being written.
namespace SyncDesk::Ui {
int uiPlaceholder() { return 0; }
} // namespace SyncDesk::Ui
