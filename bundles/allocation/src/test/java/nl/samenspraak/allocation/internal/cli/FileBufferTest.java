package nl.samenspraak.allocation.internal.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class FileBufferTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void holdsEachFileInTurnWhateverTheirSizes() throws Exception {
        FileBuffer buffer = new FileBuffer();
        for (String content : new String[] {"a much longer first file;with ä\n", "short", "", "a third, longest of all: "
                + "x".repeat(5000)}) {
            Path file = folder.newFile().toPath();
            Files.write(file, content.getBytes(StandardCharsets.UTF_8));
            buffer.read(file);
            byte[] expected = content.getBytes(StandardCharsets.UTF_8);
            assertEquals(content, expected.length, buffer.length());
            assertArrayEquals(content, expected, Arrays.copyOf(buffer.bytes(), buffer.length()));
        }
    }
}
