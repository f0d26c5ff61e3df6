using System.Collections;
using ShotTracker.LiveData.Game;

namespace ShotTracker.LiveData.Internal.Game;

/// <summary>
/// The play-by-play as an append-only array that snapshots share: a view holds the array and its count, appends
/// write past every existing view's count, and a correction copies the array first (copy-on-write), so a view
/// never changes after it was handed out.
/// </summary>
internal sealed class PlayLog
{
    private GamePlay[] _items = new GamePlay[128];
    private int _count;
    private View? _view;

    public int Count => _count;

    public int Add(GamePlay play)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count] = play;
        _view = null;
        return _count++;
    }

    public GamePlay this[int index] => _items[index];

    public void Replace(int index, GamePlay play)
    {
        var copy = (GamePlay[])_items.Clone();
        copy[index] = play;
        _items = copy;
        _view = null;
    }

    public IReadOnlyList<GamePlay> Snapshot() => _view ??= new View(_items, _count);

    private sealed class View(GamePlay[] items, int count) : IReadOnlyList<GamePlay>
    {
        public int Count => count;

        public GamePlay this[int index] =>
            (uint)index < (uint)count ? items[index] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<GamePlay> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return items[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
