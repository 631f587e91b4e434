namespace Hengnan.Report.Layout.Elements;

/// <summary>A named point (a section start) that the contents page and bookmarks point to; stays with what follows.</summary>
public sealed class Anchor : Element
{
    public Anchor(string id)
    {
        Id = id;
        KeepWithNext = true;
    }

    public string Id { get; }

    public override LayoutResult Layout(LayoutContext context, float width, float height) =>
        LayoutResult.Full(new Fragment(width, 0, [new Placed(0, 0, new AnchorVisual(Id))]));
}
