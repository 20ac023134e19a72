package vn.portalnews.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Text PostgreSQL cannot store (the NUL character, U+0000) is refused at the door with a 400 naming where it
 * was, wherever it comes from: a path segment, a query parameter or a JSON string. Past the door it would reach
 * the database and fail there, as a 500 and a page of log per request.
 */
@Singleton
public class StorableText implements ObjectMapperCustomizer {

    static final String REASON = "must not contain the NUL character (U+0000)";

    public static boolean isStorable(String text) {
        return text == null || text.indexOf('\0') < 0;
    }

    /** A JSON string holding NUL; names the field, which the problem mapper reports as the invalid parameter. */
    public static final class UnstorableTextException extends InvalidFormatException {
        UnstorableTextException(JsonParser parser, String value) {
            super(parser, REASON, value, String.class);
        }
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("storable-text").addDeserializer(String.class, new StdScalarDeserializer<>(String.class) {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = StringDeserializer.instance.deserialize(parser, context);
                if (!isStorable(value)) {
                    throw new UnstorableTextException(parser, value);
                }
                return value;
            }
        }));
    }

    /**
     * Path and query parameters, checked once the route is known, so that path parameters have their names. The
     * raw request line is looked at first: only one that holds an escaped NUL is decoded and walked.
     */
    @ServerRequestFilter
    public void rejectUnstorableParameters(HttpServerRequest request, UriInfo uri) {
        if (!request.uri().contains("%00")) {
            return;
        }
        List<InvalidParam> invalid = new ArrayList<>();
        collect(uri.getPathParameters(), invalid);
        collect(uri.getQueryParameters(), invalid);
        if (!invalid.isEmpty()) {
            throw ApiProblemException.invalid(invalid);
        }
    }

    private static void collect(MultivaluedMap<String, String> parameters, List<InvalidParam> invalid) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!isStorable(parameter.getKey()) || parameter.getValue().stream().anyMatch(value -> !isStorable(value))) {
                invalid.add(new InvalidParam(isStorable(parameter.getKey()) ? parameter.getKey() : "query", REASON));
            }
        }
    }
}
