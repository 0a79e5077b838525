package org.coopkit.internal;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.coopkit.history.Change;
import org.coopkit.history.ChangeBatch;
import org.coopkit.history.ChangeListener;
import org.coopkit.service.ChangeFeed;
import org.jspecify.annotations.Nullable;

/** {@link ChangeFeed} over the storage SPI's history store, and the instance's listeners. */
final class DefaultChangeFeed implements ChangeFeed {
  private final ServiceContext context;
  private final ChangeRecording recording;

  DefaultChangeFeed(ServiceContext context, ChangeRecording recording) {
    this.context = context;
    this.recording = recording;
  }

  @Override
  public ChangeBatch after(@Nullable String cursor, int limit) {
    long position = HistoryPositions.position("ChangeFeed", cursor, limit);
    List<Change> changes = context.read(s -> HistoryPositions.store(s).after(position, limit));
    long last = changes.isEmpty() ? position : changes.get(changes.size() - 1).position();
    return new ChangeBatch(changes, HistoryPositions.cursor(last));
  }

  @Override
  public void addListener(ChangeListener listener) {
    recording.addListener(requireNonNull(listener, "listener"));
  }

  @Override
  public void removeListener(ChangeListener listener) {
    recording.removeListener(requireNonNull(listener, "listener"));
  }
}
