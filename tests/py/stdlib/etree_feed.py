# xml.etree.ElementTree: reading an RSS feed and a config file: find/findall/findtext with paths and
# predicates, namespaces, iteration, text and tails, and changing the tree.
import xml.etree.ElementTree as ET

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
  <channel>
    <title>News &amp; Notes</title>
    <link>https://example.org/</link>
    <item id="1"><title>First post</title><dc:creator>Ann</dc:creator><category>python</category>
      <media:content url="a.png" medium="image"/></item>
    <item id="2"><title>Second</title><!-- draft --><dc:creator>Bob</dc:creator><category>xml</category><category>python</category></item>
    <item id="3" hidden="yes"><title>Third</title><dc:creator>Ann</dc:creator></item>
  </channel>
</rss>"""
NS = {'dc': 'http://purl.org/dc/elements/1.1/', 'media': 'http://search.yahoo.com/mrss/'}

rss = ET.fromstring(FEED)
print(rss.tag, rss.attrib, len(rss), rss[0].tag, rss.find('channel/title').text)
channel = rss.find('channel')
for item in channel.iter('item'):
    print(item.get('id'), item.findtext('title'), item.findtext('dc:creator', namespaces=NS),
          [c.text for c in item.findall('category')], item.get('hidden', 'no'))
print([e.text for e in rss.findall('.//item/title')])
print(rss.findall("channel/item[@id='2']")[0].findtext('title'))
print([i.get('id') for i in rss.iterfind('channel/item[@hidden]')])
print([i.get('id') for i in rss.iterfind("channel/item[@id!='2']")])
print([i.get('id') for i in rss.findall("channel/item[category='python']")])
print([i.get('id') for i in rss.findall("channel/item[category!='python']")])
print([i.get('id') for i in rss.findall('channel/item[category]')])
print(rss.find('channel/item[2]/title').text, rss.find('channel/item[last()]').get('id'),
      rss.find('channel/item[last()-1]').get('id'))
print([t.text for t in rss.findall('.//title[.="Third"]')])
print(rss.find('.//media:content', NS).attrib, rss.find('.//{*}content').get('url'))
print(len(rss.findall('.//{http://purl.org/dc/elements/1.1/}*')), len(rss.findall('.//{*}creator')))
print([e.tag for e in rss.findall('channel/*')][:3], len(rss.findall('.//*')))
print(rss.find('channel/item/..').tag, [e.tag for e in rss.findall('.//title/..')])
print(rss.findtext('channel/missing', 'default'), rss.findtext('channel/link'), rss.find('nope'))
print([repr(t) for t in rss.find('channel/item').itertext()])
creators = {}
for c in rss.iter('{http://purl.org/dc/elements/1.1/}creator'):
    creators[c.text] = creators.get(c.text, 0) + 1
print(creators)
for path in ['/rss', 'channel/item[0]', 'channel/item[last()+1]', 'channel/item[foo()]', 'x:y',
             'channel/item[@id=', './/']:
    try:
        print(path, [e.tag for e in rss.findall(path)])
    except (SyntaxError, TypeError) as e:
        print(path, type(e).__name__, e)

CONFIG = """<config>
  <server name="alpha" port="8080"><option key="debug">true</option></server>
  <server name="beta" port="9090"/>
</config>"""
root = ET.fromstring(CONFIG)
servers = {s.get('name'): int(s.get('port')) for s in root.findall('server')}
print(servers)
beta = root.find("server[@name='beta']")
beta.set('port', '9191')
ET.SubElement(beta, 'option', key='verbose').text = 'yes'
alpha = root[0]
root.remove(alpha)
root.insert(0, ET.Element('comment-free'))
root.append(alpha)
alpha.attrib['name'] = 'ALPHA'
print([(e.tag, e.get('name')) for e in root], beta.keys(), beta.items())
print(ET.tostring(root, encoding='unicode'))
del root[1:]
print(len(root), [e.tag for e in root.iter()])
root.clear()
print(root.tag, root.attrib, root.text, len(root))
