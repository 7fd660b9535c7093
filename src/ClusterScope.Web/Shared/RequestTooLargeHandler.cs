using ClusterScope.Data.Intake;
using Microsoft.AspNetCore.Diagnostics;

namespace ClusterScope.Web.Shared;

/// <summary>Answers a request body over the upload limit with 413 and problem details naming the limit, instead of a 500.</summary>
/// <remarks>Kestrel throws <see cref="BadHttpRequestException"/> (413) past <c>MaxRequestBodySize</c>; the form reader throws
/// <see cref="InvalidDataException"/> ("Multipart body length limit … exceeded") past the multipart limit. Both mean the same
/// to the person uploading; the form reader's other limits (field counts, header sizes) are not about size and stay errors.</remarks>
internal sealed class RequestTooLargeHandler(IProblemDetailsService problems, IntakeLimits limits,
    Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var tooLarge = exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
            || (exception is InvalidDataException && httpContext.Request.HasFormContentType
                && exception.Message.Contains("body length limit", StringComparison.Ordinal));
        if (!tooLarge)
        {
            return false;
        }

        var megabytes = limits.MaxUploadBytes / (1024 * 1024);
        httpContext.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        if (!httpContext.Request.Path.StartsWithSegments("/api"))
        {
            // A person uploading on a page gets a page in their language, with the way back to the form.
            var culture = ErrorPage.UseRequestCulture(httpContext);
            await ErrorPage.WriteAsync(httpContext, culture, text["File too large"],
                text["The file is larger than {0} MB, the most the server accepts. Split it and upload the parts.", megabytes],
                text["Back"], httpContext.Request.Path + httpContext.Request.QueryString, cancellationToken);
            return true;
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "File too large",
                Detail = $"The upload is larger than {megabytes} MB, the most the server accepts (setting Intake:MaxUploadBytes); split the file. "
                    + $"上传的文件超过服务器允许的 {megabytes} MB，请拆分后再上传。",
            },
        });
    }
}
