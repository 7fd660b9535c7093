using System.Net.Http.Headers;
using System.Text;

namespace ClusterScope.Web.Tests;

/// <summary>A CSV file as a browser uploads it: multipart/form-data in the field <c>file</c>.</summary>
public static class CsvUpload
{
    public static MultipartFormDataContent Of(string name, string csv)
    {
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
