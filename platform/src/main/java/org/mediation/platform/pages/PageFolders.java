package org.mediation.platform.pages;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A service's pages, each a folder of static files ({@code static/<folder>/index.html}), at {@code /<folder>/}
 * ({@code /<folder>} redirects there): the folders named in {@code regional-days.pages.folders}. The pages hold no
 * data: everything comes from the authorised {@code /api/**} calls they make with the signed-in user's token.
 */
class PageFolders implements WebMvcConfigurer {

    private final List<String> folders;

    PageFolders(@Value("${regional-days.pages.folders:}") List<String> folders) {
        this.folders = folders;
    }

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        folders.forEach(folder -> {
            registry.addRedirectViewController("/" + folder, "/" + folder + "/");
            registry.addViewController("/" + folder + "/").setViewName("forward:/" + folder + "/index.html");
        });
    }
}
