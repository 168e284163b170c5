package cn.zhaoshang.project.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.util.List;

/** A district, county or park of the city (县区/园区). */
@Entity
public class District extends PanacheEntityBase {
    @Id
    public String code;
    public String name;
    public String kind;
    @Column(name = "sort_order")
    public int sortOrder;

    public static List<District> ordered() {
        return list("order by sortOrder, code");
    }
}
