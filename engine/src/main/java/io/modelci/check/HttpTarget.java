package io.modelci.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A model behind an HTTP endpoint: each input is POSTed as a JSON body and the JSON response is the answer. */
public final class HttpTarget implements PredictionTarget {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI url;
    private final Duration timeout;
    private final HttpClient client;

    public HttpTarget(final URI url, final Duration timeout) {
        this.url = Endpoints.requireHttp(url, "url");
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    @Override
    public List<TargetAnswer> answerAll(final List<JsonNode> inputs) {
        List<TargetAnswer> answers = new ArrayList<>(inputs.size());
        for (JsonNode input : inputs) {
            answers.add(answer(input));
        }
        return answers;
    }

    private TargetAnswer answer(final JsonNode input) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(input))).build();
            HttpResponse<String> response = client.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() / 100 != 2) {
                return TargetAnswer.failed("HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
            }
            return TargetAnswer.of(JSON.readTree(response.body()));
        }
        catch (HttpTimeoutException e) {
            return TargetAnswer.failed("no answer within " + timeout.toMillis() + " ms");
        }
        catch (JsonProcessingException e) {
            return TargetAnswer.failed("the answer is not JSON: " + e.getOriginalMessage());
        }
        catch (IOException e) {
            return TargetAnswer.failed("I/O error: " + e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TargetAnswer.failed("interrupted");
        }
    }

    static String abbreviate(final String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 200) + "...";
    }

    @Override
    public String describe() {
        return url.toString();
    }
}
