package cn.zhaoshang.project.team.api;


import org.eclipse.microprofile.openapi.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** {@code PUT /projects/{id}/team}: the whole team, replacing the previous one. People are token subjects. */
@Schema(examples = "{\"chief\": \"li.na\", \"leaderInCharge\": \"wang.jun\", \"members\": [\"zhang.wei\"], \"assistingUnits\": [\"淮安经济技术开发区管委会\"], \"liaisonGroups\": [{\"topic\": \"电力接入\", \"members\": [\"zhang.wei\"]}]}")
public record TeamRequest(
        @NotBlank @Size(max = 200) String chief,
        @NotBlank @Size(max = 200) String leaderInCharge,
        @Size(max = 100) List<@NotBlank @Size(max = 200) String> members,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> assistingUnits,
        @Size(max = 30) List<@NotNull @Valid Group> liaisonGroups) {

    public record Group(@NotBlank @Size(max = 100) String topic,
                        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> members) {
    }

    public List<String> membersOrEmpty() {
        return members == null ? List.of() : members;
    }

    public List<String> assistingUnitsOrEmpty() {
        return assistingUnits == null ? List.of() : assistingUnits;
    }

    public List<Group> liaisonGroupsOrEmpty() {
        return liaisonGroups == null ? List.of() : liaisonGroups;
    }
}
