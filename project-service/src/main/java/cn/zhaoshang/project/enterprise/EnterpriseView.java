package cn.zhaoshang.project.enterprise;

import java.time.Instant;
import java.util.UUID;

public record EnterpriseView(UUID id, String name, String creditCode, String contactPerson, String contactPhone,
                             Instant createdAt) {

    static EnterpriseView of(Enterprise e) {
        return new EnterpriseView(e.id, e.name, e.creditCode, e.contactPerson, e.contactPhone, e.createdAt);
    }
}
