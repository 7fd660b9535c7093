namespace ClusterScope.Web;

/// <summary>Marker type of the UI's text resources (English is the key; Resources/SharedResource.zh-CN.resx translates).</summary>
public sealed class SharedResource;
