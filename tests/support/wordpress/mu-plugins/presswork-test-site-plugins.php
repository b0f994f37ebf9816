<?php
/**
 * Plugin Name: Presswork test site plugins
 * Description: For Presswork's tests only. Stands in for the site plugins whose fields Presswork
 * writes, storing them as the real plugins do, each switched on per request by the comma-separated
 * X-Presswork-Test header, so tests sharing one WordPress never see each other's switches:
 *   seo-yoast         Yoast SEO, its title and description meta opened to the REST API (as sites do with register_post_meta)
 *   seo-yoast-closed  Yoast SEO as it ships: its read-only REST namespace, its meta not open to the REST API
 *   seo-rank-math     Rank Math, its title and description meta opened to the REST API
 *   byline-meta       a byline plugin: the post meta `byline`
 *   excerpt-on-story  the theme's story page (the single template) shows the excerpt
 *   locale-de         the site's language is German
 * Installed by tests/support/wordpress/start.sh (and the tests' setup) into the instance's mu-plugins.
 */

$presswork_switches = array_filter(array_map('trim', explode(',', $_SERVER['HTTP_X_PRESSWORK_TEST'] ?? '')));
$presswork_on = function (string $name) use ($presswork_switches): bool {
  return in_array($name, $presswork_switches, true);
};

/** A post meta key open to the REST API; underscore keys are protected, so writing them needs an auth callback. */
$presswork_open_meta = function (string $key): void {
  register_post_meta('post', $key, array(
    'type' => 'string',
    'single' => true,
    'show_in_rest' => true,
    'auth_callback' => function () {
      return current_user_can('edit_posts');
    },
  ));
};

add_action('init', function () use ($presswork_on, $presswork_open_meta) {
  if ($presswork_on('seo-yoast')) {
    $presswork_open_meta('_yoast_wpseo_title');
    $presswork_open_meta('_yoast_wpseo_metadesc');
  }
  if ($presswork_on('seo-rank-math')) {
    $presswork_open_meta('rank_math_title');
    $presswork_open_meta('rank_math_description');
  }
  if ($presswork_on('byline-meta')) $presswork_open_meta('byline');
});

add_action('rest_api_init', function () use ($presswork_on) {
  // The plugins' own namespaces tell that they run, whether or not their fields are open.
  $head = array('methods' => 'GET', 'callback' => '__return_empty_array', 'permission_callback' => '__return_true');
  if ($presswork_on('seo-yoast') || $presswork_on('seo-yoast-closed')) register_rest_route('yoast/v1', '/get_head', $head);
  if ($presswork_on('seo-rank-math')) register_rest_route('rankmath/v1', '/getHead', $head);
});

if ($presswork_on('excerpt-on-story')) {
  // As a site whose administrator added the Post Excerpt block to the story template in the Site Editor.
  $presswork_with_excerpt = function ($template) {
    if ($template instanceof WP_Block_Template && $template->slug === 'single' && strpos($template->content, 'wp:post-excerpt') === false) {
      $template->content = str_replace('<!-- wp:post-content', "<!-- wp:post-excerpt /-->\n<!-- wp:post-content", $template->content);
    }
    return $template;
  };
  add_filter('get_block_templates', function ($templates) use ($presswork_with_excerpt) {
    return array_map($presswork_with_excerpt, $templates);
  });
  add_filter('get_block_template', $presswork_with_excerpt);
}

if ($presswork_on('locale-de')) {
  add_filter('locale', function () {
    return 'de_DE';
  });
}
