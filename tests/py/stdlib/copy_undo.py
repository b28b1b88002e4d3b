# copy in an undo/redo editor: deepcopy snapshots of a nested document, shallow copies sharing
# structure, memo dictionaries preserving aliasing inside a snapshot.
import copy


class Document:
    def __init__(self):
        self.title = 'untitled'
        self.sections = [{'heading': 'Intro', 'lines': []}]
        self.meta = {'tags': set(), 'authors': []}


class Editor:
    def __init__(self, doc):
        self.doc = doc
        self.undo_stack = []
        self.redo_stack = []

    def apply(self, description, change):
        self.undo_stack.append((description, copy.deepcopy(self.doc)))
        self.redo_stack.clear()
        change(self.doc)

    def undo(self):
        description, snapshot = self.undo_stack.pop()
        self.redo_stack.append((description, self.doc))
        self.doc = snapshot
        return description

    def redo(self):
        description, state = self.redo_stack.pop()
        self.undo_stack.append((description, self.doc))
        self.doc = state
        return description


def show(doc):
    return (doc.title, [(s['heading'], list(s['lines'])) for s in doc.sections],
            sorted(doc.meta['tags']), doc.meta['authors'])


ed = Editor(Document())
ed.apply('rename', lambda d: setattr(d, 'title', 'Report'))
ed.apply('write', lambda d: d.sections[0]['lines'].append('Hello.'))
ed.apply('section', lambda d: d.sections.append({'heading': 'Body', 'lines': ['Text']}))
ed.apply('tag', lambda d: d.meta['tags'].update({'draft', 'q3'}))
print(show(ed.doc))
print(ed.undo(), show(ed.doc))
print(ed.undo(), show(ed.doc))
print(ed.redo(), show(ed.doc))
ed.apply('author', lambda d: d.meta['authors'].append('ann'))
print(show(ed.doc), len(ed.redo_stack), [d for d, _ in ed.undo_stack])

shared = {'lines': ['x']}
doc = Document()
doc.sections = [shared, shared]
snap = copy.deepcopy(doc)
print(snap.sections[0] is snap.sections[1], snap.sections[0] is shared)
light = copy.copy(doc)
light.title = 'copy'
light.sections.append({'heading': 'extra', 'lines': []})
print(doc.title, len(doc.sections), light.sections is doc.sections)
