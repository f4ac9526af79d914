package nl.samenspraak.allocation.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * One array that holds each file in turn: a run over several large files then allocates (and the kernel
 * zeroes) the memory for the largest once, instead of a fresh array per file.
 */
final class FileBuffer {

    private byte[] bytes = new byte[0];
    private int length;

    /** Reads the whole file into the buffer, replacing what it held. */
    void read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            long size = Files.size(path);
            if (size > Integer.MAX_VALUE - 16) {
                throw new IOException("file too large (" + size + " bytes)");
            }
            if (bytes.length < size + 1) {
                bytes = new byte[(int) size + 1];
            }
            length = 0;
            while (true) {
                if (length == bytes.length) {
                    // the file grew while it was read: take it to its end
                    bytes = Arrays.copyOf(bytes, Math.max(bytes.length + 1, (int) Math.min(Integer.MAX_VALUE - 16,
                            2L * bytes.length)));
                }
                int read = in.read(bytes, length, bytes.length - length);
                if (read < 0) {
                    return;
                }
                length += read;
            }
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }
}
