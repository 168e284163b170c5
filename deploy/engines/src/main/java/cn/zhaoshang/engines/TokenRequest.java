package cn.zhaoshang.engines;

import java.util.List;

/** What a dev token says about its bearer: the claims the services read (README, security: subject, groups, enterprise, district). */
public record TokenRequest(String sub, List<String> roles, String enterprise, String district) {

    public TokenRequest {
        if (sub == null || sub.isBlank()) {
            throw new IllegalArgumentException("sub is required");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
    }
}
