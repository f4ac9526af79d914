package nl.samenspraak.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends bytes as they are to the container and reads the answer: for request targets and header sizes that
 * {@link java.net.http.HttpClient} refuses to send, as an attacker's client would send them.
 */
final class RauwHttp {

    record Antwoord(int status, Map<String, String> headers, String body) {
        String header(String naam) {
            return headers.get(naam.toLowerCase(Locale.ROOT));
        }
    }

    private RauwHttp() {
    }

    /** One request with {@code Connection: close}; {@code regels} are the request line and headers. */
    static Antwoord stuur(int port, String... regels) {
        try {
            return stuur(new Socket("localhost", port), regels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The same from a local address of our choice, such as {@code 127.0.0.2} (all of 127.0.0.0/8 is this machine on
     * Linux): a second client, e.g. a reverse proxy, on one machine.
     */
    static Antwoord stuurVanaf(InetAddress van, InetAddress naar, int port, String... regels) {
        try {
            return stuur(new Socket(naar, port, van, 0), regels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Antwoord stuur(Socket verbinding, String... regels) {
        try (Socket socket = verbinding) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            StringBuilder verzoek = new StringBuilder();
            for (String regel : regels) {
                verzoek.append(regel).append("\r\n");
            }
            verzoek.append("Connection: close\r\n\r\n");
            out.write(verzoek.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return lees(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads until the server closes, or until the body its Content-Length announces is in: a server that refused a
     * request body it never got may keep the connection open.
     */
    private static Antwoord lees(InputStream in) throws IOException {
        ByteArrayOutputStream alles = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int gelezen;
        while ((gelezen = in.read(buffer)) >= 0) {
            alles.write(buffer, 0, gelezen);
            if (compleet(alles.toString(StandardCharsets.ISO_8859_1))) {
                break;
            }
        }
        String tekst = alles.toString(StandardCharsets.UTF_8);
        int einde = tekst.indexOf("\r\n\r\n");
        String kop = einde < 0 ? tekst : tekst.substring(0, einde);
        String body = einde < 0 ? "" : tekst.substring(einde + 4);
        String[] regels = kop.split("\r\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < regels.length; i++) {
            int dubbelepunt = regels[i].indexOf(':');
            if (dubbelepunt > 0) {
                headers.merge(regels[i].substring(0, dubbelepunt).trim().toLowerCase(Locale.ROOT),
                        regels[i].substring(dubbelepunt + 1).trim(), (a, b) -> a + "," + b);
            }
        }
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = ontchunk(body);
        }
        return new Antwoord(Integer.parseInt(regels[0].split(" ")[1]), headers, body);
    }

    private static boolean compleet(String tekst) {
        int einde = tekst.indexOf("\r\n\r\n");
        if (einde < 0) {
            return false;
        }
        java.util.regex.Matcher lengte = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)")
                .matcher(tekst.substring(0, einde));
        return lengte.find() && tekst.length() - einde - 4 >= Integer.parseInt(lengte.group(1));
    }

    private static String ontchunk(String body) {
        StringBuilder uit = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int regeleinde = body.indexOf("\r\n", i);
            int lengte = Integer.parseInt(body.substring(i, regeleinde).trim(), 16);
            if (lengte == 0) {
                break;
            }
            uit.append(body, regeleinde + 2, regeleinde + 2 + lengte);
            i = regeleinde + 2 + lengte + 2;
        }
        return uit.toString();
    }
}
