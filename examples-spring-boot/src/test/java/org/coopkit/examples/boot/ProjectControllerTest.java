package org.coopkit.examples.boot;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import org.coopkit.spring.boot.test.AutoConfigureCoopkitMemory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The controller alone, as a host tests its web layer: a {@code @WebMvcTest} slice with an
 * in-memory coopkit from {@link AutoConfigureCoopkitMemory}, no database.
 */
@WebMvcTest(ProjectController.class)
@Import({Programmes.class, ProjectDirectory.class})
@AutoConfigureCoopkitMemory
class ProjectControllerTest {
  @Autowired MockMvc mvc;

  private static String newCode() {
    return "web-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private MvcResult create(String code, String title) throws Exception {
    return mvc.perform(
            post("/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"title\": \"" + title + "\"}"))
        .andReturn();
  }

  @Test
  void aCreatedProjectIsAnsweredWithItsLocationAndReadBackInCoopkitsJson() throws Exception {
    // given
    String code = newCode();

    // when
    MvcResult created = create(code, "Cybercrime EAP III");

    // then
    String location = created.getResponse().getHeader("Location");
    mvc.perform(get(location))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.code").value(code))
        .andExpect(jsonPath("$.title.en").value("Cybercrime EAP III"))
        .andExpect(jsonPath("$.version").value(1));
    mvc.perform(get("/projects").param("text", code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$[*].code", hasItem(code)));
  }

  @Test
  void creatingAnswers201WithTheLocationOfTheNewProject() throws Exception {
    mvc.perform(
            post("/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + newCode() + "\", \"title\": \"A title\"}"))
        .andExpect(status().isCreated())
        .andExpect(header().string("Location", startsWith("/projects/")));
  }

  @Test
  void aBrokenRuleIsA400NamingThePathAndTheRule() throws Exception {
    mvc.perform(
            post("/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"not a code!\", \"title\": \"A title\"}"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.violations[0]", startsWith("code: ")));
  }

  @Test
  void aTakenCodeIsA409() throws Exception {
    String code = newCode();
    create(code, "First");

    mvc.perform(
            post("/projects")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\": \"" + code + "\", \"title\": \"Second\"}"))
        .andExpect(status().isConflict());
  }

  @Test
  void anUnknownProjectIsA404() throws Exception {
    mvc.perform(get("/projects/" + UUID.randomUUID())).andExpect(status().isNotFound());
  }
}
