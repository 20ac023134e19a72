package vn.portalnews.document;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentTermInput")
public record DocumentTermInput(@NotBlank @Size(max = 200) @Schema(examples = "Kế hoạch") String name,
                                @Min(0) @Max(10_000) @Schema(nullable = true, description = "Order in lists; 0 when left out")
                                Integer position) {
}
