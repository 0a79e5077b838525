package org.coopkit.examples.boot;

import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The whole application on its database (H2 in memory, from {@code application.properties}): a
 * launch stores a project and its first event together, a refused event takes the project back with
 * it, and the health endpoint shows coopkit's schema.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SampleApplicationTest {
  @Autowired MockMvc mvc;

  private static String launch(String code, String start, String end) {
    return "{\"code\": \""
        + code
        + "\", \"title\": \"Cybercrime EAP III\", \"firstEvent\": {\"title\": \"Kick-off\","
        + " \"type\": \"conference\", \"start\": \""
        + start
        + "\", \"end\": \""
        + end
        + "\"}}";
  }

  private static String newCode() {
    return "launch-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aLaunchStoresTheProjectAndItsFirstEvent() throws Exception {
    // given
    String code = newCode();

    // when
    String id =
        JsonPath.read(
            mvc.perform(
                    post("/projects/launch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(launch(code, "2026-03-02", "2026-03-03")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.project.code").value(code))
                .andExpect(jsonPath("$.firstEvent.type").value("conference"))
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.project.id");

    // then
    mvc.perform(get("/projects/" + id + "/events"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(1)))
        .andExpect(jsonPath("$[0].title.en").value("Kick-off"));
  }

  @Test
  void aRefusedFirstEventTakesTheProjectBackWithIt() throws Exception {
    // given: an event that ends before it starts
    String code = newCode();

    // when
    mvc.perform(
            post("/projects/launch")
                .contentType(MediaType.APPLICATION_JSON)
                .content(launch(code, "2026-03-03", "2026-03-02")))
        .andExpect(status().isBadRequest());

    // then: the project, created first in the same transaction, was rolled back
    mvc.perform(get("/projects").param("text", code))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$", hasSize(0)));
  }

  @Test
  void theHealthEndpointShowsCoopkitsSchemaVersion() throws Exception {
    mvc.perform(get("/actuator/health/coopkit"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status").value("UP"))
        .andExpect(jsonPath("$.details.storage").value("jdbc"))
        .andExpect(jsonPath("$.details.schemaVersion").value("15.1"));
  }
}
