package cn.zhaoshang.project.reference;

import cn.zhaoshang.chassis.problem.Conflict;
import cn.zhaoshang.chassis.problem.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.List;

/** Reads and extends the reference lists, and checks that codes sent by clients exist. */
@ApplicationScoped
@Transactional
public class ReferenceData {

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceEntry> districts() {
        return District.ordered().stream().map(ReferenceEntry::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceEntry> industries() {
        return Industry.ordered().stream().map(ReferenceEntry::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceEntry> categories() {
        return ProjectCategory.ordered().stream().map(ReferenceEntry::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReferenceEntry> attractionMethods() {
        return AttractionMethod.ordered().stream().map(ReferenceEntry::of).toList();
    }

    public ReferenceEntry addDistrict(NewReferenceEntry entry) {
        requireAbsent(District.findById(entry.code()), entry.code());
        District district = new District();
        district.code = entry.code();
        district.name = entry.name();
        district.kind = entry.kind() == null ? "DISTRICT" : entry.kind();
        district.sortOrder = order(entry);
        district.persist();
        return ReferenceEntry.of(district);
    }

    public ReferenceEntry addIndustry(NewReferenceEntry entry) {
        requireAbsent(Industry.findById(entry.code()), entry.code());
        if (entry.parentCode() != null && Industry.findById(entry.parentCode()) == null) {
            throw new InvalidInput("parentCode", "no industry has the code " + entry.parentCode());
        }
        Industry industry = new Industry();
        industry.code = entry.code();
        industry.name = entry.name();
        industry.parentCode = entry.parentCode();
        industry.sortOrder = order(entry);
        industry.persist();
        return ReferenceEntry.of(industry);
    }

    public ReferenceEntry addCategory(NewReferenceEntry entry) {
        requireAbsent(ProjectCategory.findById(entry.code()), entry.code());
        ProjectCategory category = new ProjectCategory();
        category.code = entry.code();
        category.name = entry.name();
        category.sortOrder = order(entry);
        category.persist();
        return ReferenceEntry.of(category);
    }

    public ReferenceEntry addAttractionMethod(NewReferenceEntry entry) {
        requireAbsent(AttractionMethod.findById(entry.code()), entry.code());
        AttractionMethod method = new AttractionMethod();
        method.code = entry.code();
        method.name = entry.name();
        method.sortOrder = order(entry);
        method.persist();
        return ReferenceEntry.of(method);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireDistrict(String field, String code) {
        if (code != null && District.findById(code) == null) {
            throw new InvalidInput(field, "unknown district '" + code + "'; see GET /api/v1/districts");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireIndustry(String field, String code) {
        if (code != null && Industry.findById(code) == null) {
            throw new InvalidInput(field, "unknown industry '" + code + "'; see GET /api/v1/industries");
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireCategories(String field, Collection<String> codes) {
        if (codes == null) {
            return;
        }
        for (String code : codes) {
            if (code == null || ProjectCategory.findById(code) == null) {
                throw new InvalidInput(field, "unknown category '" + code + "'; see GET /api/v1/categories");
            }
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAttractionMethod(String field, String code) {
        if (code != null && AttractionMethod.findById(code) == null) {
            throw new InvalidInput(field, "unknown attraction method '" + code + "'; see GET /api/v1/attraction-methods");
        }
    }

    private static void requireAbsent(Object existing, String code) {
        if (existing != null) {
            throw new Conflict("an entry with the code '" + code + "' exists already");
        }
    }

    private static int order(NewReferenceEntry entry) {
        return entry.sortOrder() == null ? 500 : entry.sortOrder();
    }
}
