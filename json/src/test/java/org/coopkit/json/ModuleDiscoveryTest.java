package org.coopkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopkit.model.project.Project;
import org.coopkit.query.ProjectQuery;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** Jackson's module discovery finds {@link CoopkitJsonModule} through the jar's service file. */
class ModuleDiscoveryTest {
  @Test
  void jacksonsModuleDiscoveryFindsTheModule() {
    assertThat(MapperBuilder.findModules()).hasAtLeastOneElementOfType(CoopkitJsonModule.class);
  }

  @Test
  void aMapperWithTheDiscoveredModulesWritesAndReadsTheModelAsTheModuleDoes() {
    // given
    Project project =
        DataSets.fullyPopulated().projects().search(ProjectQuery.builder().build()).items().get(0);
    JsonMapper discovered = JsonMapper.builder().findAndAddModules().build();
    JsonMapper added = JsonMapper.builder().addModule(CoopkitJsonModule.create()).build();

    // when
    String json = discovered.writeValueAsString(project);

    // then
    assertThat(json).isEqualTo(added.writeValueAsString(project));
    assertThat(discovered.readValue(json, Project.class)).isEqualTo(project);
  }

  @Test
  void theModuleFoundAndTheModuleAddedAreRegisteredOnce() {
    // when
    JsonMapper mapper =
        JsonMapper.builder().findAndAddModules().addModule(CoopkitJsonModule.create()).build();

    // then
    assertThat(mapper.registeredModules())
        .filteredOn(module -> module instanceof CoopkitJsonModule)
        .hasSize(1);
  }
}
