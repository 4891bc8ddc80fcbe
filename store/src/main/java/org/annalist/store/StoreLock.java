package org.annalist.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The store's process lock, {@code store.lock} in the data directory: a writer holds it exclusively
 * and writes its process id into it, readers share it. The operating system releases it when the
 * process ends, however it ends, so a killed writer never leaves a stale lock.
 */
final class StoreLock implements AutoCloseable {
  static final String FILE = "store.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private StoreLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  static StoreLock acquire(Path dir, boolean write) {
    Path file = dir.resolve(FILE);
    FileChannel channel;
    try {
      channel =
          write
              ? FileChannel.open(
                  file,
                  StandardOpenOption.CREATE,
                  StandardOpenOption.READ,
                  StandardOpenOption.WRITE)
              : FileChannel.open(file, StandardOpenOption.READ);
    } catch (IOException e) {
      throw new StoreException("cannot open the store's lock file " + file + ": " + e, e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock(0, Long.MAX_VALUE, !write);
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      close(channel);
      throw new StoreException("cannot lock the store " + dir + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      String holder = holder(channel);
      close(channel);
      throw new StoreInUseException(
          write
              ? "the store "
                  + dir
                  + " is in use by another process"
                  + holder
                  + ": only one process may write to a store at a time, and not while others"
                  + " read it"
              : "the store "
                  + dir
                  + " is being written by another process"
                  + holder
                  + "; try again when it has finished");
    }
    if (write) {
      try {
        byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8);
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(pid), 0);
        channel.force(false);
      } catch (IOException e) {
        // The lock holds without the process id; it only serves messages.
      }
    }
    return new StoreLock(channel, lock);
  }

  private static String holder(FileChannel channel) {
    try {
      ByteBuffer buf = ByteBuffer.allocate(32);
      int n = channel.read(buf, 0);
      if (n <= 0) {
        return "";
      }
      String pid = new String(buf.array(), 0, n, StandardCharsets.UTF_8).trim();
      return pid.matches("\\d+") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static void close(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing to do: the channel was never used.
    }
  }

  @Override
  public void close() {
    try {
      if (!lock.isShared()) {
        channel.truncate(0);
      }
      lock.release();
    } catch (IOException e) {
      // Closing the channel releases it too.
    }
    close(channel);
  }
}
