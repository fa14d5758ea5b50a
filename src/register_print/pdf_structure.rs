//! Merges the structure trees (tagged PDF) of the separately typeset parts
//! of the PDF print into one, so that a screen reader finds the whole print
//! in reading order, as in a document typst wrote in one go.
//!
//! typst tags each part with a structure tree root holding one Document
//! element; a parent tree that leads from each page's marked content (the
//! page's /StructParents key) and from each link annotation (/StructParent)
//! back to its element; a role map of typst's own element types; and an ID
//! tree for the header cells of tables, which data cells name in /Headers.
//! Keys and IDs start afresh in every part: here they are shifted and
//! prefixed so that they stay unique in the joined file, and the parts'
//! elements become the children of one Document element.

use lopdf::{dictionary, Dictionary, Document, Object, ObjectId, StringFormat};

/// The structure gathered from the parts, in the order they were added.
pub(super) struct StructureTree {
    /// The numbers the joined root and its Document element will have.
    root: ObjectId,
    document: ObjectId,
    /// The elements that become the children of the joined Document element.
    kids: Vec<ObjectId>,
    /// The merged parent tree, keys already shifted.
    parent_tree: Vec<(i64, Object)>,
    next_key: i64,
    role_map: Dictionary,
    class_map: Dictionary,
    /// The merged ID tree, IDs already prefixed.
    ids: Vec<(Vec<u8>, Object)>,
}

/// The deepest number or name tree followed; typst writes flat ones, and
/// a cycle in a damaged file must not hang the print.
const MAX_DEPTH: usize = 32;

impl StructureTree {
    /// A tree whose root and Document element will be objects `root` and
    /// `document` of the joined file.
    pub fn new(root: ObjectId, document: ObjectId) -> Self {
        Self {
            root,
            document,
            kids: Vec::new(),
            parent_tree: Vec::new(),
            next_key: 0,
            role_map: Dictionary::new(),
            class_map: Dictionary::new(),
            ids: Vec::new(),
        }
    }

    /// Takes the structure tree whose root is `root` from part number
    /// `part`, loaded into `doc` with its objects already renumbered to their
    /// place in the joined file: hangs the part's elements from the joined
    /// Document element, shifts the part's parent-tree keys and prefixes its
    /// IDs. The part's own root (and Document element, when it is dissolved)
    /// become `null`: nothing refers to them any more.
    pub fn add_part(&mut self, doc: &mut Document, part: usize, root: ObjectId) {
        let Ok(tree) = doc.get_dictionary(root).cloned() else {
            return;
        };
        let offset = self.next_key;
        let prefix = format!("p{part}-");
        let mut entries = Vec::new();
        if let Ok(parent_tree) = tree.get(b"ParentTree") {
            number_tree(doc, parent_tree, &mut entries, 0);
        }
        let next_key = tree
            .get(b"ParentTreeNextKey")
            .and_then(Object::as_i64)
            .ok()
            .or_else(|| entries.iter().map(|(k, _)| k + 1).max())
            .unwrap_or(0);
        self.next_key = offset + next_key;
        self.parent_tree
            .extend(entries.into_iter().map(|(k, v)| (k + offset, v)));
        merge(&mut self.role_map, doc, tree.get(b"RoleMap").ok());
        merge(&mut self.class_map, doc, tree.get(b"ClassMap").ok());
        let mut ids = Vec::new();
        if let Ok(id_tree) = tree.get(b"IDTree") {
            name_tree(doc, id_tree, &mut ids, 0);
        }
        self.ids
            .extend(ids.into_iter().map(|(k, v)| (prefixed(&prefix, &k), v)));
        for top in references(tree.get(b"K").ok()) {
            for kid in top_elements(doc, top) {
                if let Ok(element) = doc.get_dictionary_mut(kid) {
                    element.set("P", self.document);
                }
                self.kids.push(kid);
            }
        }
        doc.objects.insert(root, Object::Null);
        for object in doc.objects.values_mut() {
            shift_and_prefix(object, offset, &prefix);
        }
    }

    /// The merged root and the Document element, for the numbers given to
    /// [`StructureTree::new`]; `None` when no part was tagged.
    pub fn finish(&mut self) -> Option<(Dictionary, Dictionary)> {
        if self.kids.is_empty() {
            return None;
        }
        let kids: Vec<Object> = self.kids.iter().map(|&k| Object::Reference(k)).collect();
        let document = dictionary! {
            "Type" => "StructElem",
            "S" => "Document",
            "P" => self.root,
            "K" => kids,
        };
        let mut root = dictionary! {
            "Type" => "StructTreeRoot",
            "K" => vec![Object::Reference(self.document)],
            "ParentTree" => dictionary! {
                "Nums" => flat_numbers(std::mem::take(&mut self.parent_tree)),
            },
            "ParentTreeNextKey" => self.next_key,
        };
        if !self.role_map.is_empty() {
            root.set("RoleMap", std::mem::take(&mut self.role_map));
        }
        if !self.class_map.is_empty() {
            root.set("ClassMap", std::mem::take(&mut self.class_map));
        }
        if !self.ids.is_empty() {
            let names = flat_names(std::mem::take(&mut self.ids));
            root.set("IDTree", dictionary! { "Names" => names });
        }
        Some((root, document))
    }
}

/// The references among an element's kids (/K is one object or an array).
fn references(k: Option<&Object>) -> Vec<ObjectId> {
    match k {
        Some(Object::Array(items)) => items.iter().filter_map(|o| o.as_reference().ok()).collect(),
        Some(Object::Reference(id)) => vec![*id],
        _ => Vec::new(),
    }
}

/// What a part's top-level element contributes to the joined Document: the
/// children of a Document element that holds only elements, so that the
/// print reads as one document; any other element stays whole, a Document
/// renamed Part, since there is only one Document.
fn top_elements(doc: &mut Document, id: ObjectId) -> Vec<ObjectId> {
    let Ok(element) = doc.get_dictionary_mut(id) else {
        return Vec::new();
    };
    let is_document = element.get(b"S").and_then(Object::as_name).ok() == Some(b"Document");
    if !is_document {
        return vec![id];
    }
    let only_elements = match element.get(b"K") {
        Ok(Object::Array(items)) => items.iter().all(|o| o.as_reference().is_ok()),
        Ok(Object::Reference(_)) => true,
        _ => false,
    };
    if only_elements {
        let kids = references(element.get(b"K").ok());
        doc.objects.insert(id, Object::Null);
        kids
    } else {
        element.set("S", "Part");
        vec![id]
    }
}

fn dictionary_of(object: &mut Object) -> Option<&mut Dictionary> {
    match object {
        Object::Dictionary(d) => Some(d),
        Object::Stream(s) => Some(&mut s.dict),
        _ => None,
    }
}

/// Shifts the parent-tree keys a page, form or annotation names, and
/// prefixes the IDs a structure element has or names as its headers.
fn shift_and_prefix(object: &mut Object, offset: i64, prefix: &str) {
    let Some(dict) = dictionary_of(object) else {
        return;
    };
    for key in [b"StructParents".as_slice(), b"StructParent".as_slice()] {
        if let Ok(Object::Integer(n)) = dict.get_mut(key) {
            *n += offset;
        }
    }
    if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"StructElem") {
        return;
    }
    if let Ok(Object::String(id, _)) = dict.get_mut(b"ID") {
        *id = prefixed(prefix, id);
    }
    let attributes: Vec<&mut Object> = match dict.get_mut(b"A") {
        Ok(Object::Array(items)) => items.iter_mut().collect(),
        Ok(other) => vec![other],
        Err(_) => Vec::new(),
    };
    for attribute in attributes {
        if let Ok(Object::Array(headers)) =
            attribute.as_dict_mut().and_then(|a| a.get_mut(b"Headers"))
        {
            for header in headers.iter_mut() {
                if let Object::String(id, _) = header {
                    *id = prefixed(prefix, id);
                }
            }
        }
    }
}

/// An ID with the part's prefix, in the ID's own encoding (a text string
/// may be UTF-16 with a byte-order mark).
fn prefixed(prefix: &str, id: &[u8]) -> Vec<u8> {
    match id.strip_prefix(&[0xFE, 0xFF]) {
        Some(rest) => {
            let mut out = vec![0xFE, 0xFF];
            out.extend(prefix.encode_utf16().flat_map(u16::to_be_bytes));
            out.extend_from_slice(rest);
            out
        }
        None => [prefix.as_bytes(), id].concat(),
    }
}

fn merge(into: &mut Dictionary, doc: &Document, map: Option<&Object>) {
    let Some(Ok((_, Object::Dictionary(map)))) = map.map(|m| doc.dereference(m)) else {
        return;
    };
    for (key, value) in map.iter() {
        if !into.has(key) {
            into.set(key.clone(), value.clone());
        }
    }
}

/// The entries of a number tree (`leaves` = `Nums`) or a name tree
/// (`Names`), leaves and intermediate nodes alike; `key` reads an entry's
/// key and skips an entry whose key is of the wrong kind.
fn tree_entries<K>(
    doc: &Document,
    node: &Object,
    leaves: &[u8],
    key: fn(&Object) -> Option<K>,
    out: &mut Vec<(K, Object)>,
    depth: usize,
) {
    let Ok((_, Object::Dictionary(node))) = doc.dereference(node) else {
        return;
    };
    if let Ok((_, Object::Array(entries))) = node.get(leaves).and_then(|n| doc.dereference(n)) {
        for pair in entries.chunks(2) {
            if let [k, value] = pair {
                if let Some(k) = key(k) {
                    out.push((k, value.clone()));
                }
            }
        }
    }
    if depth < MAX_DEPTH {
        for kid in node
            .get(b"Kids")
            .and_then(Object::as_array)
            .into_iter()
            .flatten()
        {
            tree_entries(doc, kid, leaves, key, out, depth + 1);
        }
    }
}

/// The entries of a number tree.
fn number_tree(doc: &Document, node: &Object, out: &mut Vec<(i64, Object)>, depth: usize) {
    let key = |k: &Object| match k {
        Object::Integer(n) => Some(*n),
        _ => None,
    };
    tree_entries(doc, node, b"Nums", key, out, depth);
}

/// The entries of a name tree.
fn name_tree(doc: &Document, node: &Object, out: &mut Vec<(Vec<u8>, Object)>, depth: usize) {
    let key = |k: &Object| match k {
        Object::String(s, _) => Some(s.clone()),
        _ => None,
    };
    tree_entries(doc, node, b"Names", key, out, depth);
}

/// A number tree's /Nums: the keys must be in ascending order.
fn flat_numbers(mut entries: Vec<(i64, Object)>) -> Vec<Object> {
    entries.sort_by_key(|(k, _)| *k);
    entries
        .into_iter()
        .flat_map(|(k, v)| [Object::Integer(k), v])
        .collect()
}

/// A name tree's /Names: the keys must be in ascending byte order.
fn flat_names(mut entries: Vec<(Vec<u8>, Object)>) -> Vec<Object> {
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries
        .into_iter()
        .flat_map(|(k, v)| [Object::String(k, StringFormat::Literal), v])
        .collect()
}
