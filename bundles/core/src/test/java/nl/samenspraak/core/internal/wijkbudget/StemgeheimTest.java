package nl.samenspraak.core.internal.wijkbudget;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.Test;

/**
 * The keyed hash is HMAC-SHA256 over length-prefixed parts, the same for every call and every thread: a Mac
 * reused per thread must not carry anything over from the hash before.
 */
public class StemgeheimTest {

    private static final byte[] SLEUTEL = "een sleutel van minstens 32 bytes!".getBytes(StandardCharsets.UTF_8);

    private final Stemgeheim geheim = new Stemgeheim(SLEUTEL);

    @Test
    public void isHmacSha256OverLengthPrefixedParts() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SLEUTEL, "HmacSHA256"));
        String verwacht = HexFormat.of().formatHex(mac.doFinal("6:GM02223:pas5:ABCDE".getBytes(StandardCharsets.UTF_8)));
        assertEquals(verwacht, geheim.hash("GM0222", "pas", "ABCDE"));
        assertEquals("the second hash on this thread is the same", verwacht, geheim.hash("GM0222", "pas", "ABCDE"));
        assertNotEquals(verwacht, geheim.hash("GM0222", "pasA", "BCDE"));
    }

    @Test
    public void manyThreadsGetTheSameHashesAsOne() throws Exception {
        List<String> alleen = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            alleen.add(geheim.hash("GM0222", "ronde", "code-" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> uitkomsten = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                uitkomsten.add(pool.submit(() -> {
                    List<String> hashes = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        hashes.add(geheim.hash("GM0222", "ronde", "code-" + i));
                    }
                    return hashes;
                }));
            }
            for (Future<List<String>> uitkomst : uitkomsten) {
                assertEquals(alleen, uitkomst.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
