package nl.samenspraak.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class DemoRealmTest {

    /** `echo -n demo | sha512sum`: what Karaf's basic encryption (SHA-512, hexadecimal) compares with. */
    private static final String DEMO_SHA512 = "26c669cd0814ac40e5328752b21c4aa6450d16295e4eec30356a06a911c23983"
            + "aaebe12d5da38eeebfc1b213be650498df8419194d5a26c7e0a50af156853c79";

    @Test
    public void passwordsAreWrittenHashedTheWayTheRealmChecksThem() {
        assertEquals(DEMO_SHA512, DemoRealm.sha512Hex("demo"));
        String content = DemoRealm.usersFileContent();
        assertTrue(content, content.contains("ambtenaar-denhaag = {CRYPT}" + DEMO_SHA512 + "{CRYPT},ambtenaar:GM0518\n"));
        assertEquals("no plain password", false, content.contains("= demo"));
    }
}
