package cn.zhaoshang.notify.webhook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address and URL rules of webhook targets, with names resolved by the system for literals and by a table for names. */
class WebhookTargetsTest {

    /** Stand-ins for DNS answers: names that resolve inside, as cloud metadata names and rebinding names do. */
    private static final Map<String, String> NAMES = Map.of(
            "qyapi.weixin.qq.com", "101.91.40.247",
            "oapi.dingtalk.com", "203.119.169.1",
            "metadata.google.internal", "169.254.169.254",
            "inside.example.com", "10.1.2.3",
            "both.example.com", "101.91.40.247");

    private static List<InetAddress> resolve(String host) throws UnknownHostException {
        String address = NAMES.get(host);
        if (address != null) {
            return List.of(InetAddress.getByName(address));
        }
        if (host.matches("[0-9a-fA-F:.]+")) {
            return List.of(InetAddress.getAllByName(host));
        }
        throw new UnknownHostException(host);
    }

    private final WebhookTargets production = new WebhookTargets(false, List.of(), List.of(), WebhookTargetsTest::resolve);
    private final WebhookTargets development = new WebhookTargets(true, List.of(), List.of(), WebhookTargetsTest::resolve);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://127.0.0.1:8099/faults/kafka/stop", "http://[::1]/", "http://0.0.0.0/",
            "http://2130706433/", "http://169.254.169.254/latest/meta-data/", "http://100.100.100.200/",
            "http://[fd00:ec2::254]/", "http://10.0.0.1/", "http://172.16.5.4/", "http://192.168.1.1/", "http://100.64.0.1/",
            "http://224.0.0.1/", "http://255.255.255.255/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:a9fe:a9fe]/",
            "http://[::127.0.0.1]/", "http://[64:ff9b::a9fe:a9fe]/", "http://[2002:7f00:1::]/", "http://[fe80::1]/",
            "http://[ff02::1]/", "http://[::]/", "http://metadata.google.internal/computeMetadata/v1/",
            "http://inside.example.com/hook", "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/"})
    void internalAddressesAreRefusedInEveryForm(String url) {
        assertThatThrownBy(() -> development.check(url)).isInstanceOf(WebhookTargets.Refused.class)
                .hasMessageContaining("not public");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost/", "http://0x7f000001/", "http://127.1/", "http://no-such-host.invalid/"})
    void namesThatDoNotResolveToAPublicAddressAreRefused(String url) {
        assertThatThrownBy(() -> development.check(url)).isInstanceOf(WebhookTargets.Refused.class);
    }

    @Test
    void theSystemResolverRefusesLocalhostAndTheNumericFormsOfLoopback() {
        WebhookTargets system = new WebhookTargets(true, List.of(), List.of(), host -> List.of(InetAddress.getAllByName(host)));
        for (String url : List.of("http://localhost/", "http://localhost./", "http://127.1/", "http://2130706433/",
                "http://0x7f000001/", "http://017700000001/", "http://[::1]/")) {
            assertThatThrownBy(() -> system.check(url)).as(url).isInstanceOf(WebhookTargets.Refused.class);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://a^b/", "http://[::1/", "http://user:pw@127.0.0.1/", "https://user@qyapi.weixin.qq.com/",
            "ftp://qyapi.weixin.qq.com/", "https:///path", "https://qyapi.weixin.qq.com/#x", "/relative", "https://a_b/",
            "https://qyapi.weixin.qq.com:0/", "https://qyapi.weixin.qq.com:70000/"})
    void textsThatAreNoUsableUrlAreRefused(String url) {
        assertThatThrownBy(() -> development.parse(url)).as(url).isInstanceOf(WebhookTargets.Refused.class);
    }

    @Test
    void publicHttpsTargetsPassAndTheCallGoesToTheAddressChecked() throws Exception {
        WebhookTargets.Target target = production.check("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc");
        assertThat(target.host()).isEqualTo("qyapi.weixin.qq.com");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.tls()).isTrue();
        assertThat(target.pathAndQuery()).isEqualTo("/cgi-bin/webhook/send?key=abc");
        assertThat(target.address()).isEqualTo(InetAddress.getByName("101.91.40.247"));
    }

    @Test
    void plainHttpOnlyWhereAllowed() {
        assertThatThrownBy(() -> production.check("http://qyapi.weixin.qq.com/send")).hasMessageContaining("https");
        assertThat(development.check("http://qyapi.weixin.qq.com/send").tls()).isFalse();
    }

    @Test
    void aNameThatResolvesInsideByTheTimeOfSendingIsRefusedThen() {
        Deque<String> answers = new ArrayDeque<>(List.of("101.91.40.247", "127.0.0.1"));
        WebhookTargets rebinding = new WebhookTargets(false, List.of(), List.of(),
                host -> List.of(InetAddress.getByName(answers.pop())));
        rebinding.check("https://rebind.example.com/hook");
        assertThatThrownBy(() -> rebinding.check("https://rebind.example.com/hook")).hasMessageContaining("not public");
    }

    @Test
    void oneInternalAnswerAmongPublicOnesIsRefused() {
        WebhookTargets mixed = new WebhookTargets(false, List.of(), List.of(),
                host -> List.of(InetAddress.getByName("101.91.40.247"), InetAddress.getByName("10.0.0.7")));
        assertThatThrownBy(() -> mixed.check("https://mixed.example.com/")).hasMessageContaining("not public");
    }

    @Test
    void anAllowListKeepsToItsHostsAndOpenedRangesAreOpenOnPurpose() {
        WebhookTargets allowList = new WebhookTargets(false, List.of("qyapi.weixin.qq.com", "*.dingtalk.com"), List.of(),
                WebhookTargetsTest::resolve);
        allowList.check("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k");
        allowList.check("https://oapi.dingtalk.com/robot/send?access_token=t");
        assertThatThrownBy(() -> allowList.check("https://both.example.com/")).hasMessageContaining("allowed: qyapi.weixin.qq.com");

        WebhookTargets opened = new WebhookTargets(false, List.of(), List.of(AddressRange.parse("10.1.0.0/16")), WebhookTargetsTest::resolve);
        assertThat(opened.check("https://inside.example.com/hook").address().getHostAddress()).isEqualTo("10.1.2.3");
        assertThatThrownBy(() -> opened.check("https://10.2.0.1/")).hasMessageContaining("not public");
    }

    @Test
    void othersSeeHostAndPathButNeverTheQuery() {
        assertThat(WebhookTargets.display("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6-7xxx"))
                .isEqualTo("https://qyapi.weixin.qq.com/cgi-bin/webhook/send");
        assertThat(WebhookTargets.display("https://oapi.dingtalk.com:8443/robot/send?access_token=secret"))
                .isEqualTo("https://oapi.dingtalk.com:8443/robot/send");
    }

    /** A second opinion: whatever the JDK itself calls loopback, site- or link-local, multicast or any-local is never public. */
    @Test
    void agreesWithTheJdkOnEveryAddressTheJdkCallsLocal() throws Exception {
        Random random = new Random(7);
        int local = 0;
        for (int i = 0; i < 200_000; i++) {
            byte[] bytes = new byte[random.nextInt(4) == 0 ? 16 : 4];
            random.nextBytes(bytes);
            if (bytes.length == 16 && random.nextBoolean()) {
                bytes[0] = (byte) (random.nextBoolean() ? 0xfe : 0xff);
            }
            InetAddress address = InetAddress.getByAddress(bytes);
            if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                    || address.isMulticastAddress() || address.isAnyLocalAddress()) {
                local++;
                assertThat(PublicAddresses.isPublic(address)).as(address.getHostAddress()).isFalse();
            }
        }
        assertThat(local).as("the sample reaches the JDK's local ranges").isGreaterThan(1000);
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("101.91.40.247"))).isTrue();
        assertThat(PublicAddresses.isPublic(InetAddress.getByName("2408:8000::1"))).isTrue();
    }
}
