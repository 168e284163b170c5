package cn.zhaoshang.project.enterprise;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An investing enterprise (企业), known by its unified social credit code. */
@Entity
public class Enterprise extends PanacheEntityBase {
    @Id
    public UUID id;
    public String name;
    @Column(name = "credit_code")
    public String creditCode;
    @Column(name = "contact_person")
    public String contactPerson;
    @Column(name = "contact_phone")
    public String contactPhone;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static Optional<Enterprise> byCreditCode(String creditCode) {
        return find("creditCode", creditCode).firstResultOptional();
    }
}
