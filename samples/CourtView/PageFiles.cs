using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ShotTracker.LiveData.Samples.CourtView;

/// <summary>Serves the page (wwwroot, embedded in the assembly): plain files, no build step.</summary>
internal static class PageFiles
{
    private const string Prefix = "wwwroot/";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var assembly = typeof(PageFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var content = Read(assembly, name);
            var path = name[Prefix.Length..];
            var type = Path.GetExtension(path) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".svg" => "image/svg+xml",
                _ => "application/octet-stream",
            };
            IResult Serve() => Results.Bytes(content, type);
            endpoints.MapGet("/" + path, Serve);
            if (path == "index.html")
            {
                endpoints.MapGet("/", Serve);
            }
        }
    }

    private static byte[] Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
